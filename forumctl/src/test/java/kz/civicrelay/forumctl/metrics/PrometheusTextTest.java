package kz.civicrelay.forumctl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.civicrelay.forumctl.metrics.PrometheusText.Sample;

/** Prometheus' text format read line by line: comments skipped, labels unescaped, every spelling of a float. */
class PrometheusTextTest {

    @Test
    void helpAndTypeLinesAndBlankLinesCarryNoSample() {
        List<Sample> samples = PrometheusText.parse("""
                # HELP relay_batons_passed_total Batons passed from one host to the next
                # TYPE relay_batons_passed_total counter

                relay_batons_passed_total{application="handoff"} 19.0
                # a comment of the exporter's own
                """);

        assertThat(samples).containsExactly(new Sample("relay_batons_passed_total", Map.of("application", "handoff"), 19.0));
    }

    @Test
    void labelValuesHaveTheirEscapedQuotesBackslashesAndLineBreaksUndone() {
        Sample sample = PrometheusText.parse(
                "relay_baton_position{application=\"handoff\",series=\"spring \\\"east\\\"\\\\west\\nline\"} 7.0\n").get(0);

        assertThat(sample.labels()).containsExactly(Map.entry("application", "handoff"),
                Map.entry("series", "spring \"east\"\\west\nline"));
        assertThat(sample.label("series")).isEqualTo("spring \"east\"\\west\nline");
        assertThat(sample.label("group")).as("a label not there reads empty").isEmpty();
    }

    @Test
    void aCommaOrABraceInsideALabelValueIsPartOfTheValue() {
        Sample sample = PrometheusText.parse("http_server_requests_seconds_count{uri=\"/api/forums/{forumId}\","
                + "method=\"GET\",} 3").get(0);

        assertThat(sample.labels()).containsExactly(Map.entry("uri", "/api/forums/{forumId}"), Map.entry("method", "GET"));
        assertThat(sample.value()).isEqualTo(3.0);
    }

    @Test
    void valuesAreReadInEverySpellingTheFormatUses() {
        List<Sample> samples = PrometheusText.parse("""
                a 1.0
                b 5.1234E7
                c 1e-3
                d NaN
                e +Inf
                f -Inf
                g{} 42
                h{le="+Inf"} 19 1712345678000
                i   -0.5
                """);

        assertThat(samples).extracting(Sample::name).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
        assertThat(samples).extracting(Sample::value).containsExactly(1.0, 5.1234E7, 0.001, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 42.0, 19.0, -0.5);
        assertThat(PrometheusText.value(samples.get(7).label("le"))).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void aLineThatIsNotASampleIsRefusedNamingItsNumber() {
        assertThatThrownBy(() -> PrometheusText.parse("a 1\nb{x=\"1\" 2\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> PrometheusText.parse("a{x=\"unclosed} 1")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> PrometheusText.parse("a one")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> PrometheusText.parse("a")).hasMessageContaining("a value");
        assertThatThrownBy(() -> PrometheusText.parse("{x=\"1\"} 1")).hasMessageContaining("a name");
        assertThatThrownBy(() -> PrometheusText.parse("a{x=\"\\t\"} 1")).hasMessageContaining("escape");
    }

    @Test
    void theLinesAboutAPrefixAreKeptAsTheyCameWithTheirHelpAndType() {
        String text = """
                # HELP jvm_threads_live_threads Live threads
                # TYPE jvm_threads_live_threads gauge
                jvm_threads_live_threads{application="handoff"} 41.0
                # HELP relay_batons_passed_total Batons passed
                # TYPE relay_batons_passed_total counter
                relay_batons_passed_total{application="handoff"} 19.0
                """;

        assertThat(PrometheusText.linesAbout(text, "relay_")).containsExactly(
                "# HELP relay_batons_passed_total Batons passed", "# TYPE relay_batons_passed_total counter",
                "relay_batons_passed_total{application=\"handoff\"} 19.0");
    }
}
