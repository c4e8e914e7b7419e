package kz.civicrelay.forumctl.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.registration.domain.ParticipantCategory;
import kz.civicrelay.registration.domain.Registrant;
import kz.civicrelay.resolution.domain.AddresseeKind;
import kz.civicrelay.scheduling.domain.PlannedForum;
import kz.civicrelay.scheduling.domain.SeriesPlan;

/**
 * A short series told through the services' own decisions: three forums planned, two people registered to the first
 * (by the operator); the first convenes, drafts and
 * amends a recommendation (Kazakh letters, and markup that must come out escaped), adopts, completes; the baton
 * goes to the second, whose region acknowledges it; the second convenes. {@link #beforeFirstCompletion} is a
 * moment in between.
 */
final class RelayStory {

    static final String SERIES = "audit-story";
    static final String F1 = SERIES + "-01-kz-33";
    static final String F2 = SERIES + "-02-kz-75";
    static final String F3 = SERIES + "-03-kz-71";
    static final String KAZAKH = "Әкімдікке ұсыныс: ғимарат, қоғам, өңір, үміт, һәм ілім";
    static final String MARKUP = "<script>alert(1)</script>";

    /** A participant, whose name and address no report may show. */
    static final Registrant PERSON = new Registrant("Әйгерім Сәрсенова", "«Үміт» бірлестігі", ParticipantCategory.NGO,
            "KZ-33", List.of("kk", "ru"), "aigerim@example.kz", null);
    static final Actor OPERATOR = new Actor(ActorKind.OPERATOR, "operator-1", "Оператор", null);
    static final Actor EDITOR = new Actor(ActorKind.EDITOR, "editor-kz-33", "Әйгерім", "KZ-33");
    static final Actor TEAM_75 = new Actor(ActorKind.REGIONAL_TEAM, "team-kz-75", null, "KZ-75");

    final InMemoryRelay relay = new InMemoryRelay();
    final Instant beforeFirstCompletion;

    RelayStory() {
        relay.decide(relay.scheduling, s -> s.plan(plan()), OPERATOR);
        relay.decide(relay.registration, r -> r.register(F1, "p-1", PERSON), OPERATOR);
        relay.decide(relay.registration, r -> r.register(F1, "p-2", new Registrant("Ерлан Қасымов", "Жастар үйі",
                ParticipantCategory.VOLUNTEER_GROUP, "KZ-33", List.of("kk"), "erlan@example.kz", null)), OPERATOR);
        relay.advance(Duration.ofDays(1));
        relay.decide(relay.scheduling, s -> s.convene(F1), OPERATOR);
        relay.decide(relay.resolution, r -> r.propose(F1, AddresseeKind.REGIONAL_AKIMAT,
                Trilingual.of("Әкімдік", "Акимат", "Akimat"), Trilingual.of(KAZAKH, "Предложение", "A proposal"), null),
                EDITOR);
        String recommendationId = relay.resolution.state().resolutionOf(F1).orElseThrow().recommendations().get(0)
                .recommendationId();
        relay.decide(relay.resolution, r -> r.amend(F1, recommendationId,
                Trilingual.of(KAZAKH + " (түзетілді)", "Предложение " + MARKUP, "A proposal, amended")), EDITOR);
        relay.decide(relay.resolution, r -> r.adopt(F1, null), OPERATOR);
        beforeFirstCompletion = relay.now();
        relay.advance(Duration.ofHours(2));
        relay.decide(relay.scheduling, s -> s.complete(F1), OPERATOR);
        relay.advance(Duration.ofHours(3));
        String notificationId = F2 + "-kz-75";
        relay.decide(relay.handoff, h -> h.acknowledge(notificationId, "KZ-75", "Қабылдадық"), TEAM_75);
        relay.advance(Duration.ofDays(10));
        relay.decide(relay.scheduling, s -> s.convene(F2), OPERATOR);
    }

    List<LoggedEvent> log() {
        return List.copyOf(relay.log);
    }

    AuditLog auditLog(List<LoggedEvent> events) {
        return new AuditLog(events, List.of(), List.of("relay.subscriptions"));
    }

    private static SeriesPlan plan() {
        return new SeriesPlan(SERIES, Trilingual.of("Форумдар", "Форумы", "Forums"),
                List.of(forum(F1, 1, "KZ-33", 0), forum(F2, 2, "KZ-75", 14), forum(F3, 3, "KZ-71", 28)));
    }

    private static PlannedForum forum(String id, int position, String region, int days) {
        LocalDate start = LocalDate.of(2027, 3, 2).plusDays(days);
        Trilingual text = Trilingual.of("Форум " + position, "Форум " + position, "Forum " + position);
        return new PlannedForum(id, position, region, text, text, text, text, start, start.plusDays(1), 150, false);
    }
}
