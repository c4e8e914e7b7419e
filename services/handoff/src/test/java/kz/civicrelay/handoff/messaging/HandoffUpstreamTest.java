package kz.civicrelay.handoff.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.AdoptedRecommendation;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.RecommendationProgressReported;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.handoff.domain.HandoffPackage.OpenRecommendation;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.handoff.domain.SchedulingFact;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.reference.Trilingual;

/**
 * Resolution's adoption and follow-up reports, as resolution writes them, are only learned (nothing is decided on
 * them) and give the open recommendations of the handoff package, Kazakh intact; a report's note is not kept.
 */
class HandoffUpstreamTest {

    private static final String FORUM = "s-01-kz-33";
    private static final LocalizedText ADDRESSEE = new LocalizedText("Облыс әкімдігі", "Акимат области",
            "Regional akimat");
    private static final LocalizedText TEXT = new LocalizedText("Жастар орталығын ашу: ә ғ қ ң ө ұ ү һ і",
            "Открыть молодёжный центр", "Open a youth centre");

    private final HandoffUpstream upstream = new HandoffUpstream();
    private final EnvelopeFactory resolution = new EnvelopeFactory("resolution", Clock.systemUTC());

    @Test
    void shouldOnlyLearnAdoptedRecommendationsAndTheirFollowUp() {
        Relay relay = new Relay();
        relay.learn(new SchedulingFact.SeriesPlanned("s", List.of("KZ-33", "KZ-75"), List.of(FORUM, "s-02-kz-75")));

        for (var record : List.of(adoption(), report("rec-2", FollowUpStatus.DONE, "Орындалды, есеп қоса беріледі"))) {
            var fact = upstream.factOf(record).orElseThrow();
            fact.learn().accept(relay);
            assertThat(fact.react().apply(relay)).as("learned, not reacted to").isEmpty();
        }

        assertThat(relay.openRecommendations("s", FORUM)).containsExactly(new OpenRecommendation(FORUM, "rec-1",
                "REGIONAL_AKIMAT", new Trilingual(ADDRESSEE.getKk(), ADDRESSEE.getRu(), ADDRESSEE.getEn()),
                new Trilingual(TEXT.getKk(), TEXT.getRu(), TEXT.getEn()),
                kz.civicrelay.handoff.domain.FollowUpStatus.NOT_STARTED));
    }

    private ResolutionAdopted adoption() {
        return ResolutionAdopted.newBuilder().setEnvelope(envelope()).setResolutionId("res-1")
                .setTitle(new LocalizedText("Қарар", "Резолюция", "Resolution"))
                .setRecommendationIds(List.of("rec-1", "rec-2")).setRecommendationsByAddressee(Map.of(
                        "REGIONAL_AKIMAT", 2))
                .setRecommendations(List.of(adopted("rec-1"), adopted("rec-2"))).build();
    }

    private static AdoptedRecommendation adopted(String id) {
        return AdoptedRecommendation.newBuilder().setRecommendationId(id)
                .setAddresseeKind(AddresseeKind.REGIONAL_AKIMAT).setAddressee(ADDRESSEE).setText(TEXT).setRevision(1)
                .setAddresseeRegion("KZ-33").build();
    }

    private RecommendationProgressReported report(String id, FollowUpStatus status, String note) {
        return RecommendationProgressReported.newBuilder().setEnvelope(envelope()).setResolutionId("res-1")
                .setRecommendationId(id).setStatus(status).setReportedOn(LocalDate.of(2026, 6, 1)).setNote(note)
                .build();
    }

    private Envelope envelope() {
        return resolution.forCommand("s", FORUM, new Actor(ActorKind.OPERATOR, "operator-1", null, null));
    }
}
