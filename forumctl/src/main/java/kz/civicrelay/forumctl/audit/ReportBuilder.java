package kz.civicrelay.forumctl.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.NotificationDelivered;
import kz.civicrelay.forumctl.audit.SeriesReport.Forum;
import kz.civicrelay.forumctl.audit.SeriesReport.Handoff;
import kz.civicrelay.forumctl.audit.SeriesReport.Line;
import kz.civicrelay.forumctl.audit.SeriesReport.Notice;
import kz.civicrelay.forumctl.audit.SeriesReport.Registration;
import kz.civicrelay.handoff.domain.HostForum;
import kz.civicrelay.handoff.domain.Notification;
import kz.civicrelay.platform.audit.SeriesAudit;
import kz.civicrelay.scheduling.domain.PlannedForum;
import kz.civicrelay.scheduling.domain.Series;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.Participant;
import kz.civicrelay.registration.domain.RegistrationStatus;

/**
 * Makes the report of one series from its log up to a moment: the relay replayed with the services' folds
 * ({@link AsOfState}), each forum's timeline from the log in {@link LoggedEvent#TOTAL_ORDER}, and the checks.
 */
public final class ReportBuilder {

    static final String CUT_BY = "Kafka record timestamp (producer create time), inclusive";

    private ReportBuilder() {
    }

    /** @param log the series' log, already cut at {@code asOf} ({@link AuditLog#of}) */
    public static SeriesReport build(String seriesId, AuditLog log, @Nullable Instant asOf,
            @Nullable Instant generatedAt) {
        AsOfState state = AsOfState.of(log.events());
        List<SpecificRecord> events = log.events().stream().map(LoggedEvent::event).toList();
        Map<String, String> delivered = firstTimes(log, NotificationDelivered.class);
        Map<String, String> acknowledged = firstTimes(log, HandoffAcknowledged.class);
        List<Forum> forums = new ArrayList<>();
        for (PlannedForum planned : plannedForums(state, seriesId)) {
            forums.add(forum(state, seriesId, planned, log));
        }
        List<Handoff> chain = state.relay().handoffs(seriesId).stream()
                .map(pass -> new Handoff(pass.handoffNumber(), pass.fromForumId(), pass.toForumId(),
                        pass.occurredAt().toString(), notices(state, seriesId, pass.toForumId(), delivered,
                                acknowledged)))
                .toList();
        return new SeriesReport(seriesId, asOf == null ? null : asOf.toString(), CUT_BY,
                generatedAt == null ? null : generatedAt.toString(), SeriesAudit.outcome(seriesId, events),
                log.events().size(), state.relay().holder(seriesId).map(HostForum::forumId).orElse(null), forums,
                chain, AuditChecks.run(seriesId, log, state), log.deadLetters(), notAvailable(log));
    }

    private static List<PlannedForum> plannedForums(AsOfState state, String seriesId) {
        return state.schedule().all().stream().filter(s -> s.seriesId().equals(seriesId)).findFirst()
                .map(Series::forums).orElse(List.of()).stream().sorted(PlannedForum.IN_PLAN_ORDER).toList();
    }

    private static Forum forum(AsOfState state, String seriesId, PlannedForum planned, AuditLog log) {
        Series series = state.schedule().series(seriesId);
        List<Line> timeline = log.events().stream()
                .filter(e -> planned.forumId().equals(e.envelope().getForumId()))
                .map(e -> new Line(e.envelope().getOccurredAt().toString(), e.type(), who(e), e.envelope().getEventId().toString(),
                        e.position()))
                .toList();
        return new Forum(planned.forumId(), planned.position(), planned.regionCode(),
                series.statusOf(planned.forumId()).name(), planned.capacity(), registration(state, log, planned.forumId()),
                state.resolutions().resolutionOf(planned.forumId()).map(ResolutionVersions::of).orElse(null),
                timeline);
    }

    static String who(LoggedEvent event) {
        var actor = event.envelope().getActor();
        return actor.getKind() + ":" + actor.getId();
    }

    /**
     * The forum's registration figures: registration's own fold of relay.registration where the auditor read it
     * (seats held, by category; no name), else the handoff package's counts when the baton left the forum.
     */
    private static @Nullable Registration registration(AsOfState state, AuditLog log, String forumId) {
        if (!log.unreadableTopics().contains(RelayTopic.REGISTRATION.topicName())) {
            ForumRegistration forum = state.registrationOf(forumId).orElse(null);
            if (forum == null || forum.participants().isEmpty() && forum.status() == RegistrationStatus.NOT_OPEN) {
                return null;
            }
            Map<String, Integer> byCategory = new TreeMap<>();
            forum.participants().stream().filter(Participant::holdsSeat)
                    .forEach(p -> byCategory.merge(p.registrant().category().name(), 1, Integer::sum));
            return new Registration(forum.registered(), byCategory, "registration's own fold of relay.registration: "
                    + forum.waiting() + " waiting, " + forum.participants().stream().filter(Participant::cancelled).count()
                    + " cancelled, " + forum.attendance().total().attended() + " checked in");
        }
        for (LoggedEvent event : log.events()) {
            if (event.event() instanceof BatonPassed baton && forumId.equals(baton.getFromForumId())
                    && baton.getHandoffPackage() != null) {
                var handoffPackage = baton.getHandoffPackage();
                return new Registration(handoffPackage.getRegisteredCount(),
                        new TreeMap<>(handoffPackage.getParticipantsByCategory()),
                        "handoff package of " + event.ref());
            }
        }
        return null;
    }

    private static List<Notice> notices(AsOfState state, String seriesId, String toForumId,
            Map<String, String> delivered, Map<String, String> acknowledged) {
        return state.relay().notifications().stream()
                .filter(n -> n.seriesId().equals(seriesId) && n.forumId().equals(toForumId))
                .sorted(Notification.IN_ISSUE_ORDER)
                .map(n -> new Notice(n.notificationId(), n.recipientRegionCode(), n.issuedAt().toString(),
                        delivered.get(n.notificationId()), acknowledged.get(n.notificationId()),
                        n.dueBy() == null ? null : n.dueBy().toString(), n.escalated()))
                .toList();
    }

    /** The time of the first event of the type about each notification, by notification id. */
    private static Map<String, String> firstTimes(AuditLog log, Class<? extends SpecificRecord> type) {
        Map<String, String> times = new HashMap<>();
        for (LoggedEvent event : log.events()) {
            if (type.isInstance(event.event())) {
                String notificationId = String.valueOf(event.event().get(event.event().getSchema()
                        .getField("notificationId").pos()));
                times.putIfAbsent(notificationId, event.envelope().getOccurredAt().toString());
            }
        }
        return times;
    }

    private static List<String> notAvailable(AuditLog log) {
        List<String> missing = new ArrayList<>();
        for (String topic : log.unreadableTopics()) {
            missing.add(topic + ": not readable by this principal (decisions 0015, 0025)"
                    + ("relay.registration".equals(topic) ? "; registrations are shown only as the counts of the handoff "
                            + "packages, and nobody registered twice cannot be checked" : ""));
        }
        return missing;
    }
}
