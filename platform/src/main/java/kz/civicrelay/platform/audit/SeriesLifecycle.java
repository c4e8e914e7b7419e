package kz.civicrelay.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumPostponed;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.SeriesClosedEarly;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.events.SeriesResumed;
import kz.civicrelay.events.SeriesSuspended;
import kz.civicrelay.platform.envelope.Envelopes;

/**
 * The relay's rules for a series an operator suspended, resumed or closed early (decision 0017), by the times the
 * events name, so the order a replay reads them in does not matter: no forum convened or completed while the series
 * was suspended; after it closed early nothing of scheduling's happened to it, and it neither completed nor closed
 * again. A baton passed after the closing is not a finding: handoff may have decided on a completion that came before.
 */
final class SeriesLifecycle {

    /** A period the series was suspended: from, and until (null: still suspended). */
    private record Suspension(Instant from, @Nullable Instant until) {
        boolean covers(Instant at) {
            return at.isAfter(from) && (until == null || at.isBefore(until));
        }
    }

    private final List<Suspension> suspensions = new ArrayList<>();
    private final List<Envelope> closings = new ArrayList<>();
    private @Nullable LocalizedText closingReason;
    private @Nullable Envelope suspendedBy;
    private boolean completed;

    static SeriesLifecycle of(List<SpecificRecord> events) {
        SeriesLifecycle lifecycle = new SeriesLifecycle();
        List<Instant> suspended = new ArrayList<>();
        List<Instant> resumed = new ArrayList<>();
        for (SpecificRecord event : events) {
            Envelope envelope = Envelopes.of(event);
            if (event instanceof SeriesSuspended) {
                suspended.add(envelope.getOccurredAt());
                lifecycle.suspendedBy = envelope;
            } else if (event instanceof SeriesResumed) {
                resumed.add(envelope.getOccurredAt());
            } else if (event instanceof SeriesClosedEarly closed) {
                lifecycle.closings.add(envelope);
                lifecycle.closingReason = closed.getReason();
            } else if (event instanceof SeriesCompleted) {
                lifecycle.completed = true;
            }
        }
        suspended.sort(null);
        resumed.sort(null);
        for (Instant from : suspended) {
            Instant until = resumed.stream().filter(r -> !r.isBefore(from)).findFirst().orElse(null);
            lifecycle.suspensions.add(new Suspension(from, until));
        }
        if (suspended.size() <= resumed.size()) {
            lifecycle.suspendedBy = null;
        }
        return lifecycle;
    }

    List<String> findings(List<SpecificRecord> events) {
        List<String> findings = new ArrayList<>();
        if (closings.size() > 1) {
            findings.add("Series closed early " + closings.size() + " times");
        }
        if (!closings.isEmpty() && completed) {
            findings.add("Series both completed and closed early");
        }
        Instant closedAt = closings.isEmpty() ? null : closings.get(0).getOccurredAt();
        for (SpecificRecord event : events) {
            Envelope envelope = Envelopes.of(event);
            Instant at = envelope.getOccurredAt();
            String what = event.getSchema().getName() + (envelope.getForumId() == null ? "" : " of " + envelope.getForumId());
            if ((event instanceof ForumConvened || event instanceof ForumCompleted)
                    && suspensions.stream().anyMatch(s -> s.covers(at))) {
                findings.add(what + " while the series was suspended");
            }
            if (closedAt != null && at.isAfter(closedAt) && decidedByScheduling(event)) {
                findings.add(what + " after the series was closed early");
            }
        }
        return findings;
    }

    /** How the series stands: completed, closed early (when, by whom, why), suspended, or running. */
    String outcome() {
        if (!closings.isEmpty()) {
            Envelope closing = closings.get(0);
            LocalizedText reason = Objects.requireNonNull(closingReason);
            return "closed early at " + closing.getOccurredAt() + " by " + name(closing.getActor()) + ": "
                    + reason.getEn() + " / " + reason.getRu() + " / " + reason.getKk();
        }
        if (completed) {
            return "completed";
        }
        Envelope suspension = suspendedBy;
        return suspension == null ? "running"
                : "suspended since " + suspension.getOccurredAt() + " by " + name(suspension.getActor());
    }

    private static boolean decidedByScheduling(SpecificRecord event) {
        return event instanceof ForumConvened || event instanceof ForumCompleted || event instanceof ForumPostponed
                || event instanceof ForumCancelled || event instanceof ForumPreparationOpened
                || event instanceof SeriesSuspended || event instanceof SeriesResumed || event instanceof SeriesCompleted;
    }

    private static String name(Actor actor) {
        String name = actor.getDisplayName();
        return name == null ? actor.getId() : name + " (" + actor.getId() + ")";
    }
}
