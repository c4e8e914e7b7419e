package kz.civicrelay.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class RegistrationRushTest {

    @Test
    void everyPersonOfARunHasTheirOwnEmailAndPhone() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        for (int i = 0; i < 11_000; i++) {
            JsonNode body = json.readTree(RegistrationRush.body("rush", 701, i));
            emails.add(body.get("email").asText());
            phones.add(body.get("phone").asText().replace(" ", ""));
            assertThat(body.get("fullName").asText()).doesNotContainPattern("\\d");
        }
        assertThat(emails).hasSize(11_000);
        assertThat(phones).hasSize(11_000).contains("+77010000000", "+77010010999");
    }

    @Test
    void aWindowsRateCountsFromTheAnswerBeforeIt() {
        // 201s answered every 2 ms from the start at 0: 1000 a second in every window; latency 5 ms each.
        List<RegistrationRush.Sample> accepted = IntStream.range(0, 10)
                .mapToObj(i -> new RegistrationRush.Sample(i, 201, 2_000_000L * (i + 1) - 5_000_000L,
                        2_000_000L * (i + 1), 0, 0, "p" + i, null))
                .toList();
        var first = RegistrationRush.window(accepted, 0, 5, 0);
        var last = RegistrationRush.window(accepted, 5, 10, 0);
        assertThat(first.accepted()).isEqualTo(5);
        assertThat(first.perSecond()).isCloseTo(500.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(last.perSecond()).isCloseTo(500.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(last.latencies().p99()).isEqualTo(5);
    }

    @Test
    void readsProducerPerformancesSummaries() {
        String output = """
                49999 records sent, 9999.8 records/sec (2.86 MB/sec), 3.1 ms avg latency, 40.0 ms max latency.
                100000 records sent, 19841.269841 records/sec (5.68 MB/sec), 6.21 ms avg latency, 212.00 ms max latency, 4 ms 50th, 15 ms 95th, 60 ms 99th, 200 ms 99.9th.
                90000 steady state records sent, 21000.500000 records/sec (6.01 MB/sec), 5.10 ms avg latency, 80.00 ms max latency, 3 ms 50th, 12 ms 95th, 40 ms 99th, 75 ms 99.9th.
                """;
        ProducerPerformanceRun run = ProducerPerformanceRun.parse(output);
        assertThat(run.total().records()).isEqualTo(100_000);
        assertThat(run.total().p99()).isEqualTo(60);
        assertThat(run.steady().records()).isEqualTo(90_000);
        assertThat(run.steady().perSecond()).isEqualTo(21000.5);
        assertThat(run.steady().p50()).isEqualTo(3);
    }
}
