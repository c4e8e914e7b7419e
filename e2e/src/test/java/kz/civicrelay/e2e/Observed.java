package kz.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;

import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.ParticipantWaitlisted;
import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * What an operator's Prometheus and trace backend see of a series the relay ran: each service's
 * {@code /actuator/prometheus} scraped as Prometheus would (with a token), and the spans the services exported.
 */
final class Observed {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Observed() {
    }

    /** One service's scrape: Prometheus' text format, as sample name with labels → value. */
    static Map<String, Double> scrape(RunningRelay relay, RelayService service) {
        String text = scrapeText(relay, service);
        Map<String, Double> samples = new TreeMap<>();
        text.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
            int cut = line.lastIndexOf(' ');
            samples.put(line.substring(0, cut), Double.parseDouble(line.substring(cut + 1)));
        });
        return samples;
    }

    static String scrapeText(RunningRelay relay, RelayService service) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(relay.system.service(service).baseUrl() + "/actuator/prometheus"))
                    .header("Authorization", "Bearer " + relay.operator().requireBearer()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(service + " /actuator/prometheus").isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sum of a metric's samples whose labels include every one given (e.g. {@code stage="baton"}). */
    static double sum(Map<String, Double> samples, String metric, String... labels) {
        return samples.entrySet().stream()
                .filter(e -> e.getKey().equals(metric) || e.getKey().startsWith(metric + "{"))
                .filter(e -> List.of(labels).stream().allMatch(e.getKey()::contains))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /**
     * The metrics of the series just run, with the right counts: 19 batons passed and 19 handoffs measured at both
     * stages, every registration the log holds counted as accepted, the consumer lag, Kafka clients and the JVM.
     */
    static void assertTheMetricsCountTheSeries(RunningRelay relay, String seriesId) {
        List<SpecificRecord> log = relay.log(RelayTopic.REGISTRATION);
        long registered = log.stream().filter(ParticipantRegistered.class::isInstance).count();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Double> handoff = scrape(relay, RelayService.HANDOFF);
            assertThat(sum(handoff, "relay_batons_passed_total")).isEqualTo(19.0);
            assertThat(sum(handoff, "relay_handoff_latency_seconds_count", "stage=\"baton\"")).isEqualTo(19.0);
            assertThat(sum(handoff, "relay_baton_position", "series=\"" + seriesId + "\"")).isEqualTo(20.0);
            assertThat(sum(handoff, "relay_consumer_lag", "group=\"handoff-reactions\"")).isZero();
            assertThat(handoff.keySet()).anyMatch(k -> k.startsWith("relay_consumer_lag{")
                    && k.contains("topic=\"relay.scheduling\""));
            assertThat(handoff.keySet()).anyMatch(k -> k.startsWith("relay_handoff_latency_seconds_bucket{"));
            assertThat(handoff.keySet()).anyMatch(k -> k.startsWith("kafka_consumer_"))
                    .anyMatch(k -> k.startsWith("kafka_producer_")).anyMatch(k -> k.startsWith("jvm_memory_used_bytes"))
                    .anyMatch(k -> k.startsWith("relay_state_rebuild_duration_seconds"))
                    .allMatch(k -> !k.contains("{") || k.contains("application=\"handoff\""));
            Map<String, Double> scheduling = scrape(relay, RelayService.SCHEDULING);
            assertThat(sum(scheduling, "relay_handoff_latency_seconds_count", "stage=\"preparation\"")).isEqualTo(19.0);
            Map<String, Double> registration = scrape(relay, RelayService.REGISTRATION);
            assertThat(sum(registration, "relay_registrations_accepted_total")).as("registrations as made")
                    .isEqualTo((double) registered);
        });
        assertThat(registered).as("the demo registered people").isPositive();
    }

    /** Names, e-mail addresses and phone numbers of everyone the log says registered or waits. */
    static Set<String> personalData(RunningRelay relay) {
        List<String> found = new ArrayList<>();
        for (SpecificRecord event : relay.log(RelayTopic.REGISTRATION)) {
            if (event instanceof ParticipantRegistered p) {
                found.addAll(java.util.Arrays.asList(p.getFullName(), p.getEmail(), p.getPhone()));
            } else if (event instanceof ParticipantWaitlisted p) {
                found.addAll(java.util.Arrays.asList(p.getFullName(), p.getEmail(), p.getPhone()));
            }
        }
        return found.stream().filter(s -> s != null && s.length() > 3).collect(Collectors.toSet());
    }

    /**
     * One trace follows the first handoff across the processes: the operator's POST …/complete in scheduling,
     * ForumCompleted sent, received by handoff, BatonPassed and the notifications sent, received by scheduling (the
     * next preparation) and by delivery (the notifications); the same trace id is in the BatonPassed record's
     * {@code traceparent} header, which the console shows.
     */
    static void assertOneTraceFollowsTheFirstHandoff(RunningRelay relay, OtlpReceiver spans, String seriesId) {
        ConsumerRecord<String, SpecificRecord> baton = relay.records(RelayTopic.HANDOFF).stream()
                .filter(r -> r.value() instanceof BatonPassed b && b.getHandoffNumber() == 1
                        && seriesId.equals(Envelopes.of(b).getSeriesId()))
                .findFirst().orElseThrow();
        Header traceparent = baton.headers().lastHeader("traceparent");
        assertThat(traceparent).as("the BatonPassed record carries a W3C trace context").isNotNull();
        String traceId = new String(traceparent.value(), StandardCharsets.UTF_8).split("-")[1];
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<OtlpReceiver.ReceivedSpan> trace = spans.trace(traceId);
            assertThat(trace).extracting(OtlpReceiver.ReceivedSpan::service).as("services in the trace")
                    .contains("scheduling", "handoff", "delivery");
            assertThat(trace).as("the operator's completion starts it")
                    .anyMatch(s -> s.service().equals("scheduling") && s.kind().equals("SPAN_KIND_SERVER")
                            && s.attributes().getOrDefault("uri", "").endsWith("/complete"));
            assertThat(trace).as("ForumCompleted sent by scheduling, received by handoff")
                    .anyMatch(s -> isMessaging(s, "scheduling", "SPAN_KIND_PRODUCER", "relay.scheduling"))
                    .anyMatch(s -> isMessaging(s, "handoff", "SPAN_KIND_CONSUMER", "relay.scheduling"));
            assertThat(trace).as("BatonPassed sent by handoff, received by scheduling; notifications by delivery")
                    .anyMatch(s -> isMessaging(s, "handoff", "SPAN_KIND_PRODUCER", "relay.handoff"))
                    .anyMatch(s -> isMessaging(s, "scheduling", "SPAN_KIND_CONSUMER", "relay.handoff"))
                    .anyMatch(s -> isMessaging(s, "handoff", "SPAN_KIND_PRODUCER", "relay.notifications"))
                    .anyMatch(s -> isMessaging(s, "delivery", "SPAN_KIND_CONSUMER", "relay.notifications"));
            Set<String> ids = trace.stream().map(OtlpReceiver.ReceivedSpan::spanId).collect(Collectors.toSet());
            assertThat(trace).as("every span but the first has its parent in the trace")
                    .filteredOn(s -> !s.parentSpanId().isEmpty()).allMatch(s -> ids.contains(s.parentSpanId()));
        });
    }

    /**
     * A registration is one trace too, though registration commits it from another thread together with others (a
     * group commit): the record of each request's decision is sent under that request's span.
     */
    static void assertARegistrationIsOneTrace(OtlpReceiver spans) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<OtlpReceiver.ReceivedSpan> requests = spans.spans().stream()
                    .filter(s -> s.service().equals("registration") && s.kind().equals("SPAN_KIND_SERVER")
                            && "POST".equals(s.attributes().get("method"))
                            && s.attributes().getOrDefault("uri", "").endsWith("/participants"))
                    .toList();
            assertThat(requests).as("registrations asked over HTTP").isNotEmpty();
            assertThat(requests).as("each request's ParticipantRegistered sent in its own trace, under its span")
                    .allMatch(request -> spans.trace(request.traceId()).stream()
                            .anyMatch(s -> isMessaging(s, "registration", "SPAN_KIND_PRODUCER", "relay.registration")
                                    && s.parentSpanId().equals(request.spanId())));
        });
    }

    /**
     * With {@code --log-format=json} (Boot's ECS structured logging) each service writes JSON lines naming itself;
     * the handoff's reactions carry the trace id, the event id and the forum id they handled; no line carries a
     * person's name, address or phone, or a token.
     */
    static void assertTheLogsAreJsonLinesWithTheirEvent(RunningRelay relay) throws java.io.IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Set<String> personal = personalData(relay);
        for (RelayService service : List.of(RelayService.SCHEDULING, RelayService.REGISTRATION,
                RelayService.RESOLUTION, RelayService.HANDOFF, RelayService.DELIVERY)) {
            String name = service.serviceName();
            List<String> lines = java.nio.file.Files.readAllLines(relay.logs.resolve(name + ".log"), StandardCharsets.UTF_8);
            List<com.fasterxml.jackson.databind.JsonNode> logged = new ArrayList<>();
            for (String line : lines) {
                assertThat(personal).as(name + " log: " + line).noneMatch(line::contains);
                assertThat(line).as(name + " log").doesNotContain("eyJ");
                if (line.startsWith("{")) {
                    logged.add(json.readTree(line));
                }
            }
            assertThat(logged).as(name + "'s log as JSON lines").hasSizeGreaterThan(lines.size() / 2)
                    .allMatch(node -> name.equals(field(node, "service.name")));
            if (service == RelayService.HANDOFF) {
                assertThat(logged).as("a reaction logged with its trace, event and forum")
                        .anyMatch(node -> field(node, "message").startsWith("Reaction to")
                                && field(node, "traceId").matches("[0-9a-f]{32}")
                                && !field(node, "eventId").isEmpty() && !field(node, "forumId").isEmpty());
            }
        }
    }

    /** A field of a JSON log line, flat ({@code "service.name"}) or nested ({@code service → name}). */
    private static String field(com.fasterxml.jackson.databind.JsonNode node, String name) {
        if (node.has(name)) {
            return node.get(name).asText();
        }
        return node.at("/" + name.replace('.', '/')).asText("");
    }

    private static boolean isMessaging(OtlpReceiver.ReceivedSpan span, String service, String kind, String topic) {
        // a producer names the topic it sends to, a consumer the topic it receives from
        return span.service().equals(service) && span.kind().equals(kind)
                && (topic.equals(span.attributes().get("messaging.destination.name"))
                        || topic.equals(span.attributes().get("messaging.source.name")));
    }

    /** No span attribute, metric sample or label carries a person's name, address or phone, or a token. */
    static void assertNothingPersonalIsObserved(RunningRelay relay, OtlpReceiver spans) {
        Set<String> personal = personalData(relay);
        assertThat(personal).as("the demo's people").isNotEmpty();
        for (OtlpReceiver.ReceivedSpan span : spans.spans()) {
            for (var attribute : span.attributes().entrySet()) {
                assertThat(personal).as(span.service() + " span " + span.name() + " " + attribute.getKey())
                        .noneMatch(attribute.getValue()::contains);
                assertThat(attribute.getValue()).as("no token in span attribute " + attribute.getKey())
                        .doesNotContainIgnoringCase("bearer").doesNotContain("eyJ");
            }
        }
        for (RelayService service : List.of(RelayService.SCHEDULING, RelayService.REGISTRATION, RelayService.RESOLUTION,
                RelayService.HANDOFF, RelayService.DELIVERY, RelayService.CONSOLE)) {
            String text = scrapeText(relay, service);
            assertThat(personal).as(service + " metrics").noneMatch(text::contains);
            assertThat(text).as(service + " metrics").doesNotContain("eyJ");
        }
    }
}
