package kz.civicrelay.forumctl.tail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.platform.testing.TailEvents;
import kz.civicrelay.platform.audit.EventLine;

class EventTextAndJsonTest {

    @Test
    void withoutColourALineIsTheAuditsLine() {
        assertThat(EventText.line("relay.handoff", TailEvents.acknowledged(), false))
                .isEqualTo(EventLine.of("relay.handoff", TailEvents.acknowledged()))
                .doesNotContain("\u001B");
    }

    @Test
    void inColourTheTimeIsDimTheTypeBoldInItsServicesColourAndTheForumCyan() {
        String line = EventText.line("relay.handoff", TailEvents.batonPassed(), true);
        assertThat(line).startsWith("\u001B[2m2027-03-15T07:00:00Z\u001B[0m relay.handoff")
                .contains("\u001B[1;33mBatonPassed")
                .contains("forum=\u001B[36mcivic-2027-01-kz-75\u001B[0m by=SERVICE:handoff handoffNumber=1 ");
        assertThat(line.replaceAll("\u001B\\[[0-9;]*m", ""))
                .isEqualTo(EventLine.of("relay.handoff", TailEvents.batonPassed()));
    }

    @Test
    void jsonIsOneObjectWithPlaceEnvelopeAndFieldsKazakhLettersUnescaped() throws Exception {
        String line = EventJson.line("relay.resolution", 0, 41, TailEvents.AT.toEpochMilli(), TailEvents.proposed());
        assertThat(line).doesNotContain("\n").contains("Түркістан облысының әкімдігі").doesNotContain("\\u");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("topic").asText()).isEqualTo("relay.resolution");
        assertThat(json.path("offset").asLong()).isEqualTo(41);
        assertThat(json.path("timestamp").asText()).isEqualTo("2027-03-15T07:00:00Z");
        assertThat(json.path("type").asText()).isEqualTo("RecommendationProposed");
        assertThat(json.path("occurredAt").asText()).isEqualTo("2027-03-15T07:00:00Z");
        assertThat(json.path("forumId").asText()).isEqualTo("civic-2027-01-kz-75");
        assertThat(json.path("actor").path("region").asText()).isEqualTo("KZ-75");
        assertThat(json.path("actor").path("displayName").isNull()).isTrue();
        assertThat(json.path("producer").asText()).isEqualTo("resolution");
        assertThat(json.path("fields").path("addresseeKind").asText()).isEqualTo("REGIONAL_AKIMAT");
        assertThat(json.path("fields").path("text").path("en").asText()).isEqualTo("Increase grants for rural youth");
        assertThat(json.has("envelope")).isFalse();
    }

    @Test
    void withALanguageALineIsTheTimeAndTheEventsSentence() {
        assertThat(EventText.sentence(TailEvents.batonPassed(), SentenceLanguage.KK, false))
                .isEqualTo("2027-03-15T07:00:00Z Алматы қаласы эстафетаны Абай облысына табыстады");
        assertThat(EventText.sentence(TailEvents.batonPassed(), SentenceLanguage.RU, false))
                .isEqualTo("2027-03-15T07:00:00Z Город Алматы передал эстафету Абайской области");
        assertThat(EventText.sentence(TailEvents.acknowledged(), SentenceLanguage.EN, true))
                .isEqualTo("\u001B[2m2027-03-15T07:00:00Z\u001B[0m Abai Region acknowledged the handoff notification: "
                        + "“Қабылдадық, рақмет”");
    }

    @Test
    void jsonCarriesTheSentenceInEveryLanguage() throws Exception {
        JsonNode sentence = new ObjectMapper().readTree(EventJson.line("relay.handoff", 0, 3,
                TailEvents.AT.toEpochMilli(), TailEvents.batonPassed())).path("sentence");
        assertThat(sentence.path("kk").asText()).isEqualTo("Алматы қаласы эстафетаны Абай облысына табыстады");
        assertThat(sentence.path("ru").asText()).isEqualTo("Город Алматы передал эстафету Абайской области");
        assertThat(sentence.path("en").asText()).isEqualTo("Almaty passed the baton to Abai Region");
    }

    @Test
    void anUndecodableRecordIsItsPlace() throws Exception {
        JsonNode json = new ObjectMapper().readTree(EventJson.line("relay.handoff", 2, 7, 0, null));
        assertThat(json.path("undecodable").asBoolean()).isTrue();
        assertThat(json.path("partition").asInt()).isEqualTo(2);
        assertThat(json.has("sentence")).isFalse();
    }
}
