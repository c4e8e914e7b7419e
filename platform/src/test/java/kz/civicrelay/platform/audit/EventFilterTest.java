package kz.civicrelay.platform.audit;

import static kz.civicrelay.platform.testing.EventFilters.filter;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import kz.civicrelay.platform.testing.EventFilters;
import kz.civicrelay.platform.testing.TailEvents;

class EventFilterTest {

    private static final List<SpecificRecord> EVENTS = List.of(TailEvents.convened(), TailEvents.batonPassed(),
            TailEvents.acknowledged(), TailEvents.proposed());

    @Test
    void noFilterShowsEverything() {
        assertThat(shown(EventFilter.none())).containsExactly("ForumConvened", "BatonPassed", "HandoffAcknowledged",
                "RecommendationProposed");
    }

    @Test
    void typeMatchesTheEventsNameWithoutCaseAndAnyOfSeveral() {
        assertThat(shown(filter().types("batonpassed").build())).containsExactly("BatonPassed");
        assertThat(shown(filter().types("BatonPassed", "ForumConvened").build()))
                .containsExactly("ForumConvened", "BatonPassed");
    }

    @Test
    void seriesAndServiceMatchTheEnvelope() {
        assertThat(shown(filter().series("civic-2027").build())).hasSize(4);
        assertThat(shown(filter().series("civic-2028").build())).isEmpty();
        assertThat(shown(filter().services("Handoff").build())).containsExactly("BatonPassed", "HandoffAcknowledged");
    }

    @Test
    void forumMatchesTheEnvelopeAndTheForumABatonIsPassedTo() {
        assertThat(shown(filter().forums("civic-2027-02-kz-10").build()))
                .containsExactly("BatonPassed", "HandoffAcknowledged");
        assertThat(shown(filter().forums("civic-2027-03-kz-35").build())).containsExactly("ForumConvened");
    }

    @Test
    void regionMatchesItsForumsItsActorsAndTheEventsRegionFields() {
        assertThat(shown(filter().regions("KZ-35").build())).as("hosted forum").containsExactly("ForumConvened");
        assertThat(shown(filter().regions("kz-10").build())).as("baton to, its team")
                .containsExactly("BatonPassed", "HandoffAcknowledged");
        assertThat(shown(filter().regions("KZ-61").build())).as("a recommendation's addressee")
                .containsExactly("RecommendationProposed");
        assertThat(shown(filter().regions("KZ-75").build())).as("forum 1 of Almaty")
                .containsExactly("BatonPassed", "RecommendationProposed");
        assertThat(shown(filter().regions("KZ-33").build())).isEmpty();
    }

    @Test
    void theRegionsOfAnEventAreFoldedCodesFromItsForumsActorAndFields() {
        assertThat(EventFilter.regions(TailEvents.batonPassed())).containsExactly("kz-10", "kz-75");
        assertThat(EventFilter.regions(TailEvents.convened())).containsExactly("kz-35");
        assertThat(EventFilter.forumIds(TailEvents.batonPassed())).contains("civic-2027-02-kz-10");
    }

    @Test
    void actorMatchesPartOfTheIdOrTheNameInAnyCase() {
        assertThat(shown(filter().actors("СӘРСЕН").build())).containsExactly("ForumConvened");
        assertThat(shown(filter().actors("team-kz").build())).containsExactly("HandoffAcknowledged");
        assertThat(shown(filter().actors("handoff").build())).containsExactly("BatonPassed");
    }

    @Test
    void grepSearchesTheWholeLineInEachLanguageWithKazakhLetters() {
        assertThat(shown(filter().texts("ҚАБЫЛДАДЫҚ").build())).containsExactly("HandoffAcknowledged");
        assertThat(shown(filter().texts("сельской молодёжи").build())).containsExactly("RecommendationProposed");
        assertThat(shown(filter().texts("rural youth").build())).containsExactly("RecommendationProposed");
        assertThat(shown(filter().texts("toRegionCode=KZ-10").build())).containsExactly("BatonPassed");
        assertThat(shown(filter().texts("relay.handoff").build())).containsExactly("BatonPassed", "HandoffAcknowledged");
    }

    @Test
    void filtersCombineAllMustMatch() {
        assertThat(shown(filter().services("handoff").regions("KZ-75").build())).containsExactly("BatonPassed");
        assertThat(shown(filter().services("handoff").types("ForumConvened").build())).isEmpty();
    }

    private static List<String> shown(EventFilter filter) {
        return EVENTS.stream().filter(event -> filter.matches(topic(event), event))
                .map(event -> event.getSchema().getName()).toList();
    }

    private static String topic(SpecificRecord event) {
        return "relay." + kz.civicrelay.platform.envelope.Envelopes.of(event).getProducer();
    }
}
