package kz.civicrelay.forumctl.metrics;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What reading one service's {@code /actuator/prometheus} gave: the text it served and its relay meters, or why there
 * are none, in one line (a refusal, nothing answering, a text that is not Prometheus' format).
 */
record Scrape(String service, String url, String text, @Nullable RelayMeters meters, @Nullable String problem) {

    /** The text served, summed up; a text that is not Prometheus' format is a problem, not a summary. */
    static Scrape read(String service, String url, String text) {
        try {
            return new Scrape(service, url, text, RelayMeters.of(PrometheusText.parse(text)), null);
        } catch (IllegalArgumentException e) {
            return failed(service, url, String.valueOf(e.getMessage()));
        }
    }

    static Scrape failed(String service, String url, String problem) {
        return new Scrape(service, url, "", null, problem);
    }

    /** The {@code relay_*} lines as served. */
    List<String> relayLines() {
        return PrometheusText.linesAbout(text, "relay_");
    }
}
