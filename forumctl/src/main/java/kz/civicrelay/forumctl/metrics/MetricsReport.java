package kz.civicrelay.forumctl.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.civicrelay.forumctl.delivery.Table;
import kz.civicrelay.forumctl.metrics.RelayMeters.CoreState;
import kz.civicrelay.forumctl.metrics.RelayMeters.Latency;

/**
 * The services' relay meters as an operator reads them: one table, a row a meter and label (service, meter, by what,
 * value), in the services' order, headed in English like forumctl's other tables; or the same as JSON; or the
 * {@code relay_*} lines as they came.
 */
final class MetricsReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MetricsReport() {
    }

    /** The table of every service read, then how many were read; services not read are left to the caller's lines. */
    static String text(List<Scrape> scrapes) {
        Table table = new Table("SERVICE", "METER", "BY", "VALUE");
        long read = 0;
        for (Scrape scrape : scrapes) {
            RelayMeters m = scrape.meters();
            if (m == null) {
                continue;
            }
            read++;
            Rows rows = new Rows(table, scrape.service());
            Double batons = m.batonsPassed();
            if (batons != null) {
                rows.add("batons passed", "", number(batons));
            }
            m.batonPosition().forEach((series, at) -> rows.add("baton at forum", "series " + series, number(at)));
            m.handoffLatency().forEach((stage, l) -> rows.add("handoff latency", "stage " + stage, latency(l)));
            m.accepted().forEach((category, n) -> rows.add("registrations accepted", "category " + category, number(n)));
            m.waitlisted().forEach((category, n) -> rows.add("registrations waitlisted", "category " + category, number(n)));
            m.refused().forEach((reason, n) -> rows.add("registrations refused", "reason " + reason, number(n)));
            m.delivered().forEach((channel, n) -> rows.add("notifications delivered", "channel " + channel, number(n)));
            m.failed().forEach((channel, n) -> rows.add("notifications failed", "channel " + channel,
                    number(n) + " (" + number(m.gaveUp().getOrDefault(channel, 0.0)) + " final)"));
            m.deadLetters().forEach((topic, n) -> rows.add("dead letters", "topic " + topic, number(n)));
            m.consumerLag().forEach((group, byTopic) -> byTopic.forEach((topic, n) ->
                    rows.add("consumer lag", group + " " + topic, number(n))));
            m.state().forEach((core, s) -> rows.add("state", "core " + core, state(s)));
            if (rows.none()) {
                rows.add("-", "", "no relay_ meters");
            }
        }
        return (table.isEmpty() ? "" : table.render()) + read + " of " + scrapes.size() + " service(s) read\n";
    }

    /** The same summary as JSON: one object a service, with {@code "read": false} and the problem where it was not. */
    static String json(List<Scrape> scrapes) {
        ObjectNode root = JSON.createObjectNode();
        var services = root.putArray("services");
        for (Scrape scrape : scrapes) {
            ObjectNode service = services.addObject().put("service", scrape.service()).put("url", scrape.url())
                    .put("read", scrape.meters() != null);
            RelayMeters m = scrape.meters();
            if (m == null) {
                service.put("problem", String.valueOf(scrape.problem()));
                continue;
            }
            put(service, "batonsPassed", m.batonsPassed());
            numbers(service.putObject("batonPosition"), m.batonPosition());
            ObjectNode latency = service.putObject("handoffLatency");
            m.handoffLatency().forEach((stage, l) -> {
                ObjectNode one = latency.putObject(stage);
                put(one, "count", l.count());
                put(one, "sumSeconds", l.sumSeconds());
                put(one, "meanSeconds", l.meanSeconds());
                put(one, "p50Seconds", l.p50Seconds());
                put(one, "p95Seconds", l.p95Seconds());
            });
            ObjectNode registrations = service.putObject("registrations");
            numbers(registrations.putObject("accepted"), m.accepted());
            numbers(registrations.putObject("waitlisted"), m.waitlisted());
            numbers(registrations.putObject("refused"), m.refused());
            ObjectNode notifications = service.putObject("notifications");
            numbers(notifications.putObject("delivered"), m.delivered());
            numbers(notifications.putObject("failed"), m.failed());
            numbers(notifications.putObject("failedFinal"), m.gaveUp());
            numbers(service.putObject("deadLetters"), m.deadLetters());
            ObjectNode lag = service.putObject("consumerLag");
            m.consumerLag().forEach((group, byTopic) -> numbers(lag.putObject(group), byTopic));
            ObjectNode state = service.putObject("state");
            m.state().forEach((core, s) -> {
                ObjectNode one = state.putObject(core);
                put(one, "events", s.events());
                put(one, "rebuildRecords", s.rebuildRecords());
                put(one, "rebuildSeconds", s.rebuildSeconds());
            });
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code relay_*} lines of each service read, under a comment naming it: still Prometheus' format. */
    static String raw(List<Scrape> scrapes) {
        StringBuilder text = new StringBuilder();
        for (Scrape scrape : scrapes) {
            if (scrape.meters() != null) {
                text.append("# forumctl metrics: ").append(scrape.service()).append(' ').append(scrape.url()).append('\n');
                scrape.relayLines().forEach(line -> text.append(line).append('\n'));
            }
        }
        return text.toString();
    }

    /** {@code 19}, {@code 0.25}; a dash for NaN. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
    }

    /** {@code 0.094 s}; a dash for NaN (nothing measured) or none. */
    static String seconds(@Nullable Double value) {
        return value == null || Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f s", value);
    }

    private static String latency(Latency l) {
        return number(l.count()) + " measured, mean " + seconds(l.meanSeconds()) + ", p50 " + seconds(l.p50Seconds())
                + ", p95 " + seconds(l.p95Seconds());
    }

    private static String state(CoreState s) {
        Double events = s.events();
        Double records = s.rebuildRecords();
        return (events == null ? "-" : number(events)) + " events; last rebuilt from "
                + (records == null ? "-" : number(records)) + " records in " + seconds(s.rebuildSeconds());
    }

    /** A number, or JSON's null for NaN, infinity or none (JSON has no such number). */
    private static void put(ObjectNode node, String field, @Nullable Double value) {
        if (value == null || Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void numbers(ObjectNode node, Map<String, Double> values) {
        values.forEach((key, value) -> put(node, key, value));
    }

    /** The rows of one service, each naming it (so that a row still says whose it is when grepped). */
    private static final class Rows {

        private final Table table;
        private final String service;
        private int added;

        Rows(Table table, String service) {
            this.table = table;
            this.service = service;
        }

        void add(String meter, String by, String value) {
            table.row(service, meter, by.isEmpty() ? "-" : by, value);
            added++;
        }

        boolean none() {
            return added == 0;
        }
    }
}
