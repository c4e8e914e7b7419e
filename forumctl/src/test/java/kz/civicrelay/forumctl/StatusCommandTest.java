package kz.civicrelay.forumctl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.system.SystemStatus;

class StatusCommandTest {

    @Test
    void printsUptimeAsHoursMinutesSeconds() {
        assertThat(StatusCommand.uptime(0)).isEqualTo("0:00:00");
        assertThat(StatusCommand.uptime(3725)).isEqualTo("1:02:05");
        assertThat(StatusCommand.uptime(50 * 3600 + 59)).isEqualTo("50:00:59");
    }

    @Test
    void printsTheLagOfEachConsumerGroupOrADashWhenThereIsNone() {
        Map<String, Long> lag = new LinkedHashMap<>();
        lag.put("handoff-reactions", 3L);
        lag.put("handoff-escalations", 0L);

        assertThat(StatusCommand.lag(lag)).isEqualTo("handoff-reactions=3, handoff-escalations=0");
        assertThat(StatusCommand.lag(Map.of())).isEqualTo("-");
    }

    @Test
    void readsTheUrlsUpServesAndNoneFromAnUpThatServesNone() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String older = "{\"supervisorPid\":1,\"startedAt\":\"2026-12-02T08:00:00Z\",\"bootstrapServers\":\"localhost:9092\","
                + "\"dataDir\":\"/data/kafka\",\"processes\":[],\"mode\":\"single\"}";
        SystemStatus status = new SystemStatus(1, "2026-12-02T08:00:00Z", "localhost:9092", "/data/kafka", java.util.List.of(),
                SystemStatus.SINGLE, Map.of("delivery", "http://localhost:8085", "mail (web view, REST API)", "http://localhost:8025"));

        assertThat(json.readValue(older, SystemStatus.class).urls()).isEmpty();
        assertThat(json.readValue(json.writeValueAsString(status), SystemStatus.class).urls())
                .containsEntry("delivery", "http://localhost:8085").containsEntry("mail (web view, REST API)", "http://localhost:8025");
    }
}
