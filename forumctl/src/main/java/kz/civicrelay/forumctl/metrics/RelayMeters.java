package kz.civicrelay.forumctl.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.metrics.PrometheusText.Sample;

/**
 * One service's {@code relay_*} meters, summed by the labels an operator asks about (every other label, such as
 * {@code application}, summed over). A meter the service does not have is absent: an empty map, or null for the
 * batons passed, which only handoff counts.
 */
record RelayMeters(@Nullable Double batonsPassed, SortedMap<String, Double> batonPosition,
        SortedMap<String, Latency> handoffLatency, SortedMap<String, Double> accepted,
        SortedMap<String, Double> waitlisted, SortedMap<String, Double> refused, SortedMap<String, Double> delivered,
        SortedMap<String, Double> failed, SortedMap<String, Double> gaveUp, SortedMap<String, Double> deadLetters,
        SortedMap<String, SortedMap<String, Double>> consumerLag, SortedMap<String, CoreState> state) {

    /** A stage of the handoff: how many were measured, in how many seconds, and the estimated median and 95th percentile. */
    record Latency(double count, double sumSeconds, double p50Seconds, double p95Seconds) {

        /** The mean in seconds; NaN if nothing was measured. */
        double meanSeconds() {
            return count == 0 ? Double.NaN : sumSeconds / count;
        }
    }

    /** A service core's state: events folded now, and what its last rebuild from the log read and took. */
    record CoreState(@Nullable Double events, @Nullable Double rebuildRecords, @Nullable Double rebuildSeconds) {
    }

    /** The summary of a scrape's samples. */
    static RelayMeters of(List<Sample> samples) {
        Double batons = samples.stream().anyMatch(s -> s.name().equals("relay_batons_passed_total"))
                ? sum(samples, "relay_batons_passed_total") : null;
        return new RelayMeters(batons, by(samples, "relay_baton_position", "series"), latency(samples),
                by(samples, "relay_registrations_accepted_total", "category"),
                by(samples, "relay_registrations_waitlisted_total", "category"),
                by(samples, "relay_registrations_refused_total", "reason"),
                by(samples, "relay_notifications_delivered_total", "channel"),
                by(samples, "relay_notifications_failed_total", "channel"),
                by(samples.stream().filter(s -> s.label("final").equals("true")).toList(),
                        "relay_notifications_failed_total", "channel"),
                by(samples, "relay_dead_letters_total", "topic"), lag(samples), state(samples));
    }

    private static double sum(List<Sample> samples, String name) {
        return samples.stream().filter(s -> s.name().equals(name)).mapToDouble(Sample::value).sum();
    }

    /** The samples of {@code name}, summed by the value of {@code label}. */
    private static SortedMap<String, Double> by(List<Sample> samples, String name, String label) {
        SortedMap<String, Double> sums = new TreeMap<>();
        samples.stream().filter(s -> s.name().equals(name)).forEach(s -> sums.merge(s.label(label), s.value(), Double::sum));
        return Collections.unmodifiableSortedMap(sums);
    }

    /** {@code relay_handoff_latency_seconds} by stage: count, sum, and p50/p95 from the buckets summed by bound. */
    private static SortedMap<String, Latency> latency(List<Sample> samples) {
        SortedMap<String, Double> counts = by(samples, "relay_handoff_latency_seconds_count", "stage");
        SortedMap<String, Double> sums = by(samples, "relay_handoff_latency_seconds_sum", "stage");
        SortedMap<String, Latency> latency = new TreeMap<>();
        counts.forEach((stage, count) -> {
            Map<Double, Double> byBound = new TreeMap<>();
            samples.stream().filter(s -> s.name().equals("relay_handoff_latency_seconds_bucket")
                    && s.label("stage").equals(stage))
                    .forEach(s -> byBound.merge(PrometheusText.value(s.label("le")), s.value(), Double::sum));
            List<HistogramQuantile.Bucket> buckets = new ArrayList<>();
            byBound.forEach((bound, n) -> buckets.add(new HistogramQuantile.Bucket(bound, n)));
            latency.put(stage, new Latency(count, sums.getOrDefault(stage, 0.0), HistogramQuantile.of(0.5, buckets),
                    HistogramQuantile.of(0.95, buckets)));
        });
        return Collections.unmodifiableSortedMap(latency);
    }

    private static SortedMap<String, SortedMap<String, Double>> lag(List<Sample> samples) {
        SortedMap<String, SortedMap<String, Double>> lag = new TreeMap<>();
        samples.stream().filter(s -> s.name().equals("relay_consumer_lag")).forEach(s -> lag
                .computeIfAbsent(s.label("group"), g -> new TreeMap<>()).merge(s.label("topic"), s.value(), Double::sum));
        return Collections.unmodifiableSortedMap(lag);
    }

    private static SortedMap<String, CoreState> state(List<Sample> samples) {
        SortedMap<String, Double> events = by(samples, "relay_state_events", "core");
        SortedMap<String, Double> records = by(samples, "relay_state_rebuild_records", "core");
        SortedMap<String, Double> seconds = by(samples, "relay_state_rebuild_duration_seconds", "core");
        SortedMap<String, CoreState> state = new TreeMap<>();
        List<String> cores = new ArrayList<>(events.keySet());
        cores.addAll(records.keySet());
        cores.addAll(seconds.keySet());
        cores.forEach(core -> state.put(core, new CoreState(events.get(core), records.get(core), seconds.get(core))));
        return Collections.unmodifiableSortedMap(state);
    }
}
