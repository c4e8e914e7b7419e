package kz.civicrelay.forumctl.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.forumctl.audit.SeriesReport.Finding;
import kz.civicrelay.handoff.domain.Notification;
import kz.civicrelay.handoff.domain.NotificationKind;
import kz.civicrelay.reference.Regions;
import kz.civicrelay.scheduling.domain.PlannedForum;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.Participant;

/**
 * The relay's rules the auditor checks from the log and the replayed state: each region hosts at most once, in the
 * plan's order; one baton holder at any moment; no forum completed before its resolution was adopted; registrations
 * within capacity; one notification to each region per handoff; every overdue acknowledgement escalated.
 */
final class RelayChecks {

    /** How late after an acknowledgement is due handoff's timer may escalate it (it runs every minute or so). */
    static final Duration ESCALATION_GRACE = Duration.ofMinutes(5);

    private RelayChecks() {
    }

    static List<Finding> run(String seriesId, AuditLog log, AsOfState state) {
        List<PlannedForum> plan = state.schedule().all().stream().filter(s -> s.seriesId().equals(seriesId))
                .flatMap(s -> s.forums().stream()).sorted(PlannedForum.IN_PLAN_ORDER).toList();
        return List.of(regionsOnceInPlanOrder(plan, log), oneHolder(log), completedAfterAdoption(log),
                capacity(plan, log, state), twentyNotifications(seriesId, log, state), escalations(seriesId, log, state));
    }

    private static Finding regionsOnceInPlanOrder(List<PlannedForum> plan, AuditLog log) {
        List<String> problems = new ArrayList<>();
        Map<String, String> hostOf = new HashMap<>();
        for (PlannedForum forum : plan) {
            String earlier = hostOf.putIfAbsent(forum.regionCode(), forum.forumId());
            if (earlier != null) {
                problems.add("Region " + forum.regionCode() + " hosts " + earlier + " and " + forum.forumId());
            }
        }
        List<String> refs = new ArrayList<>();
        int lastPosition = 0;
        for (LoggedEvent event : log.events()) {
            if (event.event() instanceof ForumPreparationOpened) {
                String forumId = event.envelope().getForumId();
                int position = plan.stream().filter(f -> f.forumId().equals(forumId)).mapToInt(PlannedForum::position)
                        .findFirst().orElse(-1);
                if (position < lastPosition) {
                    problems.add(forumId + " (position " + position + ") opened after position " + lastPosition);
                    refs.add(event.ref());
                }
                lastPosition = Math.max(lastPosition, position);
            }
        }
        return AuditChecks.of("each region hosts at most once, in the plan's order", problems, refs);
    }

    private static Finding oneHolder(AuditLog log) {
        List<String> problems = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        String holder = null;
        for (LoggedEvent event : log.events()) {
            if (event.event() instanceof BatonPassed baton) {
                if (holder != null && !holder.equals(baton.getFromForumId())) {
                    problems.add(baton.getFromForumId() + " passed the baton while " + holder + " held it");
                    refs.add(event.ref());
                }
                holder = baton.getToForumId();
            }
        }
        return AuditChecks.of("exactly one baton holder at any moment", problems, refs);
    }

    private static Finding completedAfterAdoption(AuditLog log) {
        List<String> problems = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        List<String> adopted = new ArrayList<>();
        for (LoggedEvent event : log.events()) {
            String forumId = event.envelope().getForumId();
            if (event.event() instanceof ResolutionAdopted) {
                adopted.add(forumId);
            } else if (event.event() instanceof ForumCompleted && !adopted.contains(forumId)) {
                problems.add(forumId + " completed before its resolution was adopted");
                refs.add(event.ref());
            }
        }
        return AuditChecks.of("no forum completed before its resolution was adopted", problems, refs);
    }

    /**
     * Registrations within capacity and nobody registered twice: from registration's own fold of relay.registration
     * where the auditor read it (a person is the same by registration's own identity keys: e-mail, phone, or name and
     * organisation; the finding names participant ids, never the person), else only the counts the handoff packages
     * carried.
     */
    private static Finding capacity(List<PlannedForum> plan, AuditLog log, AsOfState state) {
        if (!log.unreadableTopics().contains(RelayTopic.REGISTRATION.topicName())) {
            return registrations(plan, log, state);
        }
        return capacityFromPackages(plan, log);
    }

    private static Finding registrations(List<PlannedForum> plan, AuditLog log, AsOfState state) {
        List<String> problems = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (PlannedForum planned : plan) {
            ForumRegistration forum = state.registrationOf(planned.forumId()).orElse(null);
            if (forum == null) {
                continue;
            }
            int capacity = forum.capacity() > 0 ? forum.capacity() : planned.capacity();
            if (forum.registered() > capacity) {
                problems.add(planned.forumId() + ": " + forum.registered() + " registered, capacity " + capacity);
            }
            Map<String, String> holderOf = new HashMap<>();
            for (Participant participant : forum.participants()) {
                if (participant.cancelled()) {
                    continue;
                }
                for (String key : participant.registrant().identityKeys()) {
                    String earlier = holderOf.putIfAbsent(key, participant.participantId());
                    if (earlier != null && !earlier.equals(participant.participantId())) {
                        problems.add(planned.forumId() + ": " + earlier + " and " + participant.participantId()
                                + " are the same person, both registered");
                        log.events().stream().filter(e -> e.event() instanceof ParticipantRegistered registered
                                && participant.participantId().equals(registered.getParticipantId()))
                                .forEach(e -> refs.add(e.ref()));
                    }
                }
            }
        }
        return AuditChecks.of("no registration beyond capacity and nobody registered twice (registration's own fold)",
                problems, refs);
    }

    private static Finding capacityFromPackages(List<PlannedForum> plan, AuditLog log) {
        List<String> problems = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (LoggedEvent event : log.events()) {
            if (event.event() instanceof BatonPassed baton && baton.getHandoffPackage() != null) {
                Integer count = baton.getHandoffPackage().getRegisteredCount();
                int registered = count == null ? 0 : count;
                plan.stream().filter(f -> f.forumId().equals(baton.getFromForumId())).findFirst()
                        .filter(f -> registered > f.capacity()).ifPresent(f -> {
                            problems.add(f.forumId() + ": " + registered + " registered, capacity " + f.capacity());
                            refs.add(event.ref());
                        });
            }
        }
        String check = "no registration beyond capacity (the handoff packages' counts)";
        if (!log.unreadableTopics().contains("relay.registration")) {
            return AuditChecks.of(check, problems, refs);
        }
        return problems.isEmpty()
                ? new Finding(check + "; nobody registered twice", Finding.NOT_CHECKABLE,
                        List.of("the counts are within capacity; who registered is on relay.registration"), List.of())
                : AuditChecks.of(check, problems, refs);
    }

    private static Finding twentyNotifications(String seriesId, AuditLog log, AsOfState state) {
        List<String> problems = new ArrayList<>();
        int regions = Regions.all().size();
        for (var pass : state.relay().handoffs(seriesId)) {
            long count = state.relay().notifications().stream()
                    .filter(n -> n.seriesId().equals(seriesId) && n.forumId().equals(pass.toForumId()))
                    .filter(n -> n.kind() != NotificationKind.BATON_REMINDER
                            && n.kind() != NotificationKind.SERIES_COMPLETED)
                    .map(Notification::recipientRegionCode).distinct().count();
            if (count != regions) {
                problems.add("Handoff " + pass.handoffNumber() + " to " + pass.toForumId() + ": " + count
                        + " regions notified, not " + regions);
            }
        }
        return AuditChecks.of(regions + " notifications per handoff, one to each region", problems, List.of());
    }

    private static Finding escalations(String seriesId, AuditLog log, AsOfState state) {
        List<String> problems = new ArrayList<>();
        Instant end = log.events().isEmpty() ? Instant.EPOCH : log.events().get(log.events().size() - 1).timestamp();
        Map<String, Instant> acknowledgedAt = new HashMap<>();
        log.events().stream().filter(e -> e.event() instanceof HandoffAcknowledged).forEach(e -> acknowledgedAt
                .putIfAbsent(((HandoffAcknowledged) e.event()).getNotificationId(), e.envelope().getOccurredAt()));
        for (Notification n : state.relay().notifications()) {
            Instant due = n.dueBy();
            if (!n.seriesId().equals(seriesId) || !n.acknowledgementRequired() || due == null || n.escalated()
                    || !due.plus(ESCALATION_GRACE).isBefore(end)) {
                continue;
            }
            Instant acknowledged = acknowledgedAt.get(n.notificationId());
            if (acknowledged == null || acknowledged.isAfter(due)) {
                problems.add(n.notificationId() + " was due by " + due + ", acknowledged "
                        + (acknowledged == null ? "never" : "at " + acknowledged) + ", and not escalated");
            }
        }
        return AuditChecks.of("every overdue acknowledgement escalated (" + ESCALATION_GRACE.toMinutes()
                + " minutes' grace)", problems, List.of());
    }
}
