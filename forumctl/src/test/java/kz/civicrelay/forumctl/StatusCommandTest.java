package kz.civicrelay.forumctl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
}
