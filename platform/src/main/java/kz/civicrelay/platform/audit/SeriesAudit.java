package kz.civicrelay.platform.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumProgrammeSet;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.platform.envelope.Envelopes;

/**
 * The auditors' check of one series, from its events in append order: the baton followed the plan
 * (skipping only cancelled forums), never passed twice from one forum; each forum's preparation
 * opened once; no forum completed before its resolution was adopted; no forum's plan or programme changed once its
 * preparation opened (decision 0018: its own partition orders them exactly); the series completed once. A series
 * an operator suspended or closed early is checked by {@link SeriesLifecycle}'s rules: it needs no
 * SeriesCompleted, and {@link #outcome} reports how it ended.
 */
public final class SeriesAudit {

    private SeriesAudit() {
    }

    /** Every finding; empty when the series is in order. */
    public static List<String> findings(String seriesId, List<SpecificRecord> events) {
        List<String> findings = new ArrayList<>();
        List<String> plan = new ArrayList<>();
        Set<String> cancelled = new HashSet<>();
        Set<String> adopted = new HashSet<>();
        Map<String, Integer> opened = new HashMap<>();
        Set<String> passedFrom = new HashSet<>();
        int completions = 0;
        String holder = null;
        for (SpecificRecord event : events) {
            if (!seriesId.equals(Envelopes.of(event).getSeriesId())) {
                continue;
            }
            String forumId = Envelopes.of(event).getForumId();
            if (event instanceof SeriesPlanned planned) {
                plan.addAll(planned.getForumIds());
            } else if (event instanceof ForumCancelled) {
                cancelled.add(forumId);
            } else if (event instanceof ResolutionAdopted) {
                adopted.add(forumId);
            } else if (event instanceof ForumPreparationOpened) {
                if (opened.merge(forumId, 1, Integer::sum) > 1) {
                    findings.add("Preparation of " + forumId + " opened more than once");
                }
                holder = holder == null ? forumId : holder;
            } else if (event instanceof ForumScheduled || event instanceof ForumProgrammeSet) {
                if (opened.containsKey(forumId)) {
                    findings.add((event instanceof ForumScheduled ? "Plan" : "Programme") + " of " + forumId
                            + " changed after its preparation opened");
                }
            } else if (event instanceof ForumCompleted) {
                if (!adopted.contains(forumId)) {
                    findings.add(forumId + " completed before its resolution was adopted");
                }
            } else if (event instanceof BatonPassed baton) {
                if (!passedFrom.add(baton.getFromForumId())) {
                    findings.add("Baton passed twice from " + baton.getFromForumId());
                }
                String expected = nextActive(plan, cancelled, baton.getFromForumId());
                if (!baton.getToForumId().equals(expected)) {
                    findings.add("Baton from " + baton.getFromForumId() + " went to " + baton.getToForumId()
                            + ", plan says " + expected);
                }
                if (holder != null && !holder.equals(baton.getFromForumId())) {
                    findings.add("Baton passed from " + baton.getFromForumId() + " while " + holder + " held it");
                }
                holder = baton.getToForumId();
            } else if (event instanceof SeriesCompleted) {
                completions++;
            }
        }
        if (plan.isEmpty()) {
            findings.add("No SeriesPlanned for " + seriesId);
        }
        if (completions > 1) {
            findings.add("Series completed " + completions + " times");
        }
        List<SpecificRecord> ofSeries = ofSeries(seriesId, events);
        findings.addAll(SeriesLifecycle.of(ofSeries).findings(ofSeries));
        return findings;
    }

    /**
     * How the series stands, for the auditors' report: {@code completed}, {@code closed early at <time> by <who>:
     * <reason in en / ru / kk>}, {@code suspended since <time> by <who>}, or {@code running}.
     */
    public static String outcome(String seriesId, List<SpecificRecord> events) {
        return SeriesLifecycle.of(ofSeries(seriesId, events)).outcome();
    }

    private static List<SpecificRecord> ofSeries(String seriesId, List<SpecificRecord> events) {
        return events.stream().filter(e -> seriesId.equals(Envelopes.of(e).getSeriesId())).toList();
    }

    private static @Nullable String nextActive(List<String> plan, Set<String> cancelled, String from) {
        for (int i = plan.indexOf(from) + 1; i > 0 && i < plan.size(); i++) {
            if (!cancelled.contains(plan.get(i))) {
                return plan.get(i);
            }
        }
        return null;
    }
}
