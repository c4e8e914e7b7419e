package kz.civicrelay.forumctl.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.forumctl.audit.SeriesReport.Finding;
import kz.civicrelay.platform.topics.RelayTopic;

/** The log's own soundness: no event id twice; every actor known; every record decodable. */
final class LogChecks {

    /** The services that act on their own (their envelopes' actor id): every topic's producer. */
    static final Set<String> SERVICES = Arrays.stream(RelayTopic.values()).map(RelayTopic::producer)
            .collect(Collectors.toUnmodifiableSet());

    private LogChecks() {
    }

    static List<Finding> run(AuditLog log) {
        return List.of(eventIdsOnce(log), actorsKnown(log), decodable(log));
    }

    private static Finding eventIdsOnce(AuditLog log) {
        Map<String, LoggedEvent> first = new HashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (LoggedEvent event : log.events()) {
            LoggedEvent earlier = first.putIfAbsent(event.envelope().getEventId().toString(), event);
            if (earlier != null) {
                problems.add("Event id " + event.envelope().getEventId() + " at " + earlier.position() + " and "
                        + event.position());
                refs.add(event.ref());
            }
        }
        return AuditChecks.of("no event id twice", problems, refs);
    }

    private static Finding actorsKnown(AuditLog log) {
        List<String> problems = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (LoggedEvent event : log.events()) {
            Actor actor = event.envelope().getActor();
            String why = actor.getKind() == ActorKind.UNKNOWN ? "an unknown kind of actor"
                    : actor.getId() == null || actor.getId().isBlank() ? "an actor without an id"
                    : actor.getKind() == ActorKind.SERVICE && !SERVICES.contains(actor.getId())
                            ? "a service that is none of the relay's" : null;
            if (why != null) {
                problems.add(event.type() + " at " + event.position() + " by " + ReportBuilder.who(event) + ": " + why);
                refs.add(event.ref());
            }
        }
        return AuditChecks.of("every actor known (kind, id; a service is one of the relay's)", problems, refs);
    }

    private static Finding decodable(AuditLog log) {
        List<String> problems = log.deadLetters().stream().map(d -> d.position() + ": " + d.reason()).toList();
        List<String> refs = log.deadLetters().stream().map(DeadLetter::position).toList();
        return AuditChecks.of("every record decodable (dead letters listed with their reasons)", problems, refs);
    }
}
