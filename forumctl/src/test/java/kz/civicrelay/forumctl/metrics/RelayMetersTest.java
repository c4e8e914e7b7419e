package kz.civicrelay.forumctl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.metrics.RelayMeters.CoreState;
import kz.civicrelay.forumctl.metrics.RelayMeters.Latency;

/**
 * The summary of scrapes as Micrometer's Prometheus registry writes them (captured from the registry with the relay's
 * meters, beside JVM, HTTP and Kafka client meters): only the relay's meters, summed by what an operator asks about.
 */
class RelayMetersTest {

    @Test
    void handoffsScrapeGivesTheBatonsTheirPositionsTheLatencyByStageTheLagAndTheState() throws IOException {
        RelayMeters handoff = meters("handoff");

        assertThat(handoff.batonsPassed()).isEqualTo(19.0);
        assertThat(handoff.batonPosition()).containsExactly(Map.entry("demo-20270310-101500", 20.0),
                Map.entry("spring-2027 \"east\"\\west", 7.0));
        Latency baton = handoff.handoffLatency().get("baton");
        assertThat(handoff.handoffLatency()).containsOnlyKeys("baton");
        assertThat(baton.count()).isEqualTo(19.0);
        assertThat(baton.meanSeconds()).isCloseTo(3.501 / 19, within(1e-12));
        // rank 9.5 falls in (0.089478485, 0.111848106], holding observations 9 and 10: 1.5 of its 2
        assertThat(baton.p50Seconds()).isCloseTo(0.089478485 + (0.111848106 - 0.089478485) * 1.5 / 2, within(1e-12));
        // rank 18.05 falls in (1.073741824, 1.431655765], holding observation 19 alone: 0.05 of it
        assertThat(baton.p95Seconds()).isCloseTo(1.073741824 + (1.431655765 - 1.073741824) * 0.05, within(1e-12));
        assertThat(handoff.deadLetters()).containsExactly(Map.entry("relay.scheduling", 2.0));
        assertThat(handoff.consumerLag()).containsOnlyKeys("handoff-reactions");
        assertThat(handoff.consumerLag().get("handoff-reactions")).containsExactly(Map.entry("relay.registration", 3.0),
                Map.entry("relay.resolution", 0.0), Map.entry("relay.scheduling", 0.0));
        assertThat(handoff.state()).containsExactly(Map.entry("handoff", new CoreState(1302.0, 1234.0, 2.5)));
        assertThat(handoff.accepted()).isEmpty();
        assertThat(handoff.delivered()).isEmpty();
    }

    @Test
    void registrationsScrapeGivesSeatsByCategoryTheWaitlistAndRefusalsByReasonAndNoBatons() throws IOException {
        RelayMeters registration = meters("registration");

        assertThat(registration.batonsPassed()).as("only handoff counts batons").isNull();
        assertThat(registration.accepted()).containsExactly(Map.entry("civil-alliance", 12.0),
                Map.entry("government", 5.0), Map.entry("ngo", 40.0));
        assertThat(registration.waitlisted()).containsExactly(Map.entry("ngo", 3.0));
        assertThat(registration.refused()).containsExactly(Map.entry("closed", 2.0), Map.entry("invalid", 1.0));
        assertThat(registration.handoffLatency()).isEmpty();
    }

    @Test
    void deliverysScrapeGivesNotificationsByChannelFailuresSummedOverFinalAndTheOnesGivenUp() throws IOException {
        RelayMeters delivery = meters("delivery");

        assertThat(delivery.delivered()).containsExactly(Map.entry("email", 38.0), Map.entry("webhook", 19.0));
        assertThat(delivery.failed()).containsExactly(Map.entry("webhook", 4.0));
        assertThat(delivery.gaveUp()).containsExactly(Map.entry("webhook", 1.0));
        assertThat(delivery.consumerLag().get("delivery-reactions")).containsEntry("relay.notifications", 1.0);
    }

    @Test
    void theTableHasARowAMeterAndLabelNamingItsService() throws IOException {
        String text = MetricsReport.text(List.of(scrape("handoff"), scrape("registration"), scrape("delivery"),
                Scrape.failed("identity", "http://localhost:9000", "403: may not"),
                Scrape.read("console", "http://localhost:8080", "jvm_threads_live_threads 40\n")));

        assertThat(text).startsWith("SERVICE  ").contains("METER", "BY", "VALUE")
                .containsPattern("handoff +batons passed +- +19\n")
                .containsPattern("handoff +baton at forum +series demo-20270310-101500 +20\n")
                .containsPattern("handoff +handoff latency +stage baton +19 measured, mean 0.184 s, p50 0.106 s, "
                        + "p95 1.092 s\n")
                .containsPattern("handoff +consumer lag +handoff-reactions relay.registration +3\n")
                .containsPattern("handoff +dead letters +topic relay.scheduling +2\n")
                .containsPattern("handoff +state +core handoff +1302 events; last rebuilt from 1234 records in 2.500 s\n")
                .containsPattern("registration +registrations accepted +category ngo +40\n")
                .containsPattern("registration +registrations refused +reason closed +2\n")
                .containsPattern("delivery +notifications failed +channel webhook +4 \\(1 final\\)\n")
                .containsPattern("console +- +- +no relay_ meters\n")
                .doesNotContain("jvm_", "kafka_", "identity")
                .endsWith("4 of 5 service(s) read\n");
    }

    @Test
    void theJsonHasTheSameSummaryWithNullWhereThereIsNoNumber() throws IOException {
        JsonNode json = new ObjectMapper().readTree(MetricsReport.json(List.of(scrape("handoff"),
                Scrape.failed("identity", "http://localhost:9000", "403: may not"))));

        JsonNode handoff = json.path("services").get(0);
        assertThat(handoff.path("service").asText()).isEqualTo("handoff");
        assertThat(handoff.path("read").asBoolean()).isTrue();
        assertThat(handoff.path("batonsPassed").asDouble()).isEqualTo(19.0);
        assertThat(handoff.path("handoffLatency").path("baton").path("p95Seconds").asDouble())
                .isCloseTo(1.0916375, within(1e-6));
        assertThat(handoff.path("consumerLag").path("handoff-reactions").path("relay.registration").asDouble())
                .isEqualTo(3.0);
        assertThat(handoff.path("state").path("handoff").path("rebuildSeconds").asDouble()).isEqualTo(2.5);
        assertThat(handoff.path("registrations").path("accepted").isEmpty()).isTrue();
        JsonNode identity = json.path("services").get(1);
        assertThat(identity.path("read").asBoolean()).isFalse();
        assertThat(identity.path("problem").asText()).isEqualTo("403: may not");
        JsonNode nothingMeasured = new ObjectMapper().readTree(MetricsReport.json(List.of(Scrape.read("scheduling", "u",
                "relay_handoff_latency_seconds_count{stage=\"preparation\"} 0\n"
                        + "relay_handoff_latency_seconds_sum{stage=\"preparation\"} 0\n"))));
        assertThat(nothingMeasured.path("services").get(0).path("handoffLatency").path("preparation")
                .path("meanSeconds").isNull()).isTrue();
    }

    @Test
    void theRawLinesAreTheRelaysOnlyUnderACommentNamingEachService() throws IOException {
        String raw = MetricsReport.raw(List.of(scrape("delivery"), Scrape.failed("identity", "u", "no")));

        assertThat(raw.lines()).first().isEqualTo("# forumctl metrics: delivery http://localhost:8085");
        assertThat(raw.lines().skip(1)).allMatch(l -> l.startsWith("relay_") || l.startsWith("# HELP relay_")
                || l.startsWith("# TYPE relay_"));
        assertThat(raw).contains("relay_notifications_failed_total{application=\"delivery\",channel=\"webhook\","
                + "final=\"true\"} 1.0\n").doesNotContain("identity");
        assertThat(PrometheusText.parse(raw)).as("still Prometheus' format").hasSize(9);
    }

    @Test
    void aScrapeThatIsNotPrometheusTextIsAProblemNotASummary() {
        Scrape html = Scrape.read("console", "http://localhost:8080", "<html><body>Sign in</body></html>");

        assertThat(html.meters()).isNull();
        assertThat(html.problem()).contains("line 1");
    }

    static Scrape scrape(String service) throws IOException {
        int port = Map.of("handoff", 8084, "registration", 8082, "delivery", 8085).get(service);
        return Scrape.read(service, "http://localhost:" + port, text(service));
    }

    static String text(String service) throws IOException {
        try (InputStream in = RelayMetersTest.class.getResourceAsStream("/metrics/" + service + ".prom")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RelayMeters meters(String service) throws IOException {
        return RelayMeters.of(PrometheusText.parse(text(service)));
    }
}
