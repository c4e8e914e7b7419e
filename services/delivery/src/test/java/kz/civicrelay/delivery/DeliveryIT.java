package kz.civicrelay.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kz.civicrelay.delivery.application.Delivery;
import kz.civicrelay.delivery.domain.Deliveries;
import kz.civicrelay.delivery.domain.DeliveryStatus;
import kz.civicrelay.delivery.messaging.RebuiltDeliveries;
import kz.civicrelay.delivery.webhook.Receiver;
import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.AdoptedResolutionSummary;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.HandoffPackage;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.NextForumSummary;
import kz.civicrelay.events.NotificationDelivered;
import kz.civicrelay.events.NotificationDeliveryFailed;
import kz.civicrelay.events.NotificationKind;
import kz.civicrelay.events.OpenRecommendation;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.platform.testing.EndpointMatrix;
import kz.civicrelay.platform.testing.RestartedService;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;

/**
 * Delivery against a real broker, fed handoff's events: a webhook subscribed through the API receives the baton
 * with its package, signed, under the notification's id; a failing receiver gets the same id again after a
 * backoff, and the log tells each attempt; a receiver down for a while gets everything once up; a rebuilt state
 * owes nothing delivered; an unreachable webhook is refused at subscribing; and the role × endpoint matrix holds.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class, OutputCaptureExtension.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relay.delivery.backoff-initial=300ms", "relay.delivery.backoff-max=1s", "relay.delivery.poll=200ms",
        "relay.delivery.webhook-timeout=2s", "relay.delivery.baton-wait=2s" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryIT {

    private static final String SERIES = "delivery-it";
    private static final String FORUM = "delivery-it-02-kz-75";
    private static final String RECEIVED = FORUM + "-kz-75";
    private static final String KAZAKH = "Эстафета Алматы қаласына өтті: ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І";
    private static final String ALMATY_TEAM = TestIssuer.token("aigerim-almaty", "Айгерім Сәрсенқызы", "KZ-75",
            RelayRole.REGIONAL_TEAM);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Receiver almaty;
    private static Receiver jetisu;
    private static Receiver turkistan;
    private static String almatySecret;
    private static String almatySubscription;

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Delivery delivery;

    @Autowired
    EventLogReplay replay;

    @Autowired
    io.micrometer.observation.ObservationRegistry observations;

    private final EnvelopeFactory handoff = new EnvelopeFactory("handoff", Clock.systemUTC());

    @AfterAll
    static void stopReceivers() {
        for (Receiver receiver : new Receiver[] { almaty, jetisu, turkistan }) {
            if (receiver != null) {
                receiver.close();
            }
        }
    }

    @Test
    @Order(1)
    void shouldDeliverTheBatonWithItsPackageSignedUnderTheNotificationsId() throws Exception {
        almaty = Receiver.start().answering(204);
        ResponseEntity<String> created = subscribe("KZ-75", "webhook", almaty.url(), "[\"kk\",\"en\"]", ALMATY_TEAM);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        JsonNode subscription = JSON.readTree(created.getBody());
        almatySecret = subscription.get("secret").asText();
        almatySubscription = subscription.get("subscriptionId").asText();
        assertThat(almatySecret).startsWith("whsec_");
        assertThat(almaty.requests()).as("the verification ping").singleElement()
                .satisfies(ping -> assertThat(ping.text()).contains("kz.civicrelay.subscription.verification"));

        TopicLog.send("relay.handoff", FORUM, baton());
        TopicLog.send("relay.notifications", "KZ-75", notification(RECEIVED, FORUM, "KZ-75",
                NotificationKind.BATON_RECEIVED));

        await().atMost(Duration.ofSeconds(30)).until(() -> almaty.requests().size() == 2);
        Receiver.Request request = almaty.requests().get(1);
        assertThat(request.header("webhook-id")).isEqualTo(RECEIVED);
        assertThat(request.header("webhook-signature")).isEqualTo(
                kz.civicrelay.delivery.webhook.WebhookChannelTestAccess.signature(almatySecret, request));
        assertThat(request.body()).containsSequence(KAZAKH.getBytes(StandardCharsets.UTF_8));
        JsonNode event = JSON.readTree(request.body());
        assertThat(event.get("id").asText()).isEqualTo(RECEIVED);
        assertThat(event.at("/data/handoffPackage/resolution/resolutionId").asText()).isEqualTo("res-1");
        assertThat(event.at("/data/handoffPackage/nextForum/forumId").asText()).isEqualTo(FORUM);
        assertThat(event.at("/data/handoffPackage/openRecommendations/0/recommendationId").asText()).isEqualTo("rec-2");
        assertThat(event.at("/data/handoffPackage/openRecommendations/0/text/kk").asText()).isEqualTo(KAZAKH);
        assertThat(event.at("/data/handoffPackage/openRecommendations/0/status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(event.at("/data/message/kk").asText()).isEqualTo(KAZAKH);

        await().atMost(Duration.ofSeconds(30)).until(() -> !records(NotificationDelivered.class, RECEIVED).isEmpty());
        ConsumerRecord<String, SpecificRecord> delivered = records(NotificationDelivered.class, RECEIVED).get(0);
        assertThat(delivered.key()).isEqualTo(RECEIVED);
        NotificationDelivered value = (NotificationDelivered) delivered.value();
        assertThat(value.getAttempt()).isEqualTo(1);
        assertThat(value.getDetail()).isEqualTo("HTTP 204");
        assertThat(value.getSubscriptionId()).isEqualTo(almatySubscription);
        assertThat(value.getEnvelope().getForumId()).isEqualTo(FORUM);
        assertThat(value.getEnvelope().getSeriesId()).isEqualTo(SERIES);
    }

    @Test
    @Order(2)
    void shouldSendTheSameIdAgainAfterAFailureAndRecordEachAttempt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        // the verification ping, then 500, then 204
        jetisu = Receiver.start().answering(() -> switch (calls.incrementAndGet()) {
            case 2 -> 500;
            default -> 204;
        });
        assertThat(subscribe("KZ-33", "webhook", jetisu.url(), "[\"ru\"]", TestIssuer.operator())
                .getStatusCode().value()).isEqualTo(201);
        String id = "delivery-it-update-kz-33";
        TopicLog.send("relay.notifications", "KZ-33", notification(id, FORUM, "KZ-33", NotificationKind.SERIES_UPDATE));

        await().atMost(Duration.ofSeconds(30)).until(() -> !records(NotificationDelivered.class, id).isEmpty());
        assertThat(jetisu.requests()).hasSize(3);
        assertThat(jetisu.requests().subList(1, 3)).extracting(r -> r.header("webhook-id")).containsExactly(id, id);
        List<ConsumerRecord<String, SpecificRecord>> attempts = TopicLog.readAll("relay.delivery").stream()
                .filter(r -> r.key().equals(id)).toList();
        assertThat(attempts).hasSize(2);
        NotificationDeliveryFailed failed = (NotificationDeliveryFailed) attempts.get(0).value();
        assertThat(failed.getAttempt()).isEqualTo(1);
        assertThat(failed.getReason()).isEqualTo("HTTP 500");
        assertThat(failed.getNextAttemptAt()).isAfter(failed.getEnvelope().getOccurredAt());
        assertThat(((NotificationDelivered) attempts.get(1).value()).getAttempt()).isEqualTo(2);

        JsonNode status = JSON.readTree(get("/api/deliveries?region=KZ-33", TestIssuer.operator()).getBody()).get(0);
        assertThat(status.get("messageId").asText()).isEqualTo(id);
        assertThat(status.get("state").asText()).isEqualTo("delivered");
        assertThat(status.get("attempts").asInt()).isEqualTo(2);
        assertThat(status.get("address").asText()).isEqualTo(jetisu.url());
        JsonNode audited = JSON.readTree(get("/api/deliveries?region=KZ-33", TestIssuer.auditor()).getBody()).get(0);
        assertThat(audited.has("address")).as("no addresses for auditors").isFalse();
    }

    @Test
    @Order(3)
    void shouldDeliverEverythingToAReceiverOnceItIsUpAgain() throws Exception {
        AtomicBoolean up = new AtomicBoolean(true);
        turkistan = Receiver.start().answering(() -> up.get() ? 204 : 503);
        assertThat(subscribe("KZ-71", "webhook", turkistan.url(), "[\"kk\",\"ru\",\"en\"]", TestIssuer.operator())
                .getStatusCode().value()).isEqualTo(201);
        up.set(false);
        List<String> ids = List.of("delivery-it-a-kz-71", "delivery-it-b-kz-71", "delivery-it-c-kz-71");
        for (String id : ids) {
            TopicLog.send("relay.notifications", "KZ-71", notification(id, FORUM, "KZ-71",
                    NotificationKind.SERIES_UPDATE));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream()
                .allMatch(id -> records(NotificationDeliveryFailed.class, id).size() >= 2));
        up.set(true);

        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream()
                .allMatch(id -> records(NotificationDelivered.class, id).size() == 1));
        assertThat(turkistan.requests().stream().filter(r -> r.header("webhook-id") != null)
                .map(r -> r.header("webhook-id")).distinct().filter(ids::contains)).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    @Order(4)
    void shouldRefuseAnUnreachableOrMalformedWebhookAndAppendNothing() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        int before = TopicLog.readAll("relay.subscriptions").size();
        ResponseEntity<String> unreachable = subscribe("KZ-75", "webhook", "http://127.0.0.1:" + closed + "/hook",
                "[\"kk\"]", ALMATY_TEAM);
        assertProblem(unreachable, 422);
        assertThat(unreachable.getBody()).contains("connection refused");
        assertProblem(subscribe("KZ-75", "webhook", "not a url", "[\"kk\"]", ALMATY_TEAM), 400);
        assertProblem(subscribe("KZ-75", "webhook", "ftp://example.kz/hook", "[\"kk\"]", ALMATY_TEAM), 400);
        assertProblem(subscribe("KZ-75", "email", "not-an-address", "[\"kk\"]", ALMATY_TEAM), 400);
        assertProblem(subscribe("KZ-75", "email", "team@example.kz", "[]", ALMATY_TEAM), 400);
        assertProblem(subscribe("KZ-75", "email", "team@example.kz", "[\"de\"]", ALMATY_TEAM), 400);
        assertProblem(subscribe("KZ-99", "email", "team@example.kz", "[\"kk\"]", TestIssuer.operator()), 400);
        assertProblem(subscribe("KZ-75", "fax", "team@example.kz", "[\"kk\"]", ALMATY_TEAM), 400);
        assertProblem(subscribe("KZ-33", "email", "team@example.kz", "[\"kk\"]", ALMATY_TEAM), 403);
        assertProblem(subscribe("secretariat", "email", "ops@example.kz", "[\"kk\"]", ALMATY_TEAM), 403);
        assertThat(TopicLog.readAll("relay.subscriptions")).as("nothing appended").hasSize(before);
    }

    @Test
    @Order(5)
    void shouldRebuildTheSameDeliveriesAndOweNothingDelivered() {
        await().atMost(Duration.ofSeconds(30)).until(() -> delivery.read(Deliveries::statuses).stream()
                .allMatch(s -> s.state() == DeliveryStatus.State.DELIVERED));
        Deliveries rebuilt = RebuiltDeliveries.from(replay);
        assertThat(rebuilt.statuses()).isEqualTo(delivery.read(Deliveries::statuses))
                .filteredOn(s -> s.message().seriesId().equals(SERIES)).hasSize(5);
        assertThat(rebuilt.due(Instant.now().plus(Duration.ofDays(1)))).as("nothing delivered is owed again").isEmpty();

        try (RestartedService restarted = RestartedService.start(DeliveryApplication.class, "delivery")) {
            for (String uri : List.of("/api/deliveries", "/api/subscriptions")) {
                assertThat(restarted.client().get().uri(uri).retrieve().body(String.class))
                        .as("the restarted instance serves %s as the running one", uri)
                        .isEqualTo(get(uri, TestIssuer.operator()).getBody());
            }
        }
        assertThat(almaty.requests()).as("the ping and one delivery, nothing resent").hasSize(2);
    }

    /** Decision 0015: who may manage and read which subscriptions and deliveries. */
    @Test
    @Order(6)
    void shouldHoldTheRoleByEndpointMatrix(CapturedOutput output) throws Exception {
        ResponseEntity<String> mail = subscribe("KZ-75", "email", "almaty@example.kz", "[\"kk\"]", ALMATY_TEAM);
        String mailId = JSON.readTree(mail.getBody()).get("subscriptionId").asText();
        String matrix = """
                request                                          | public | operator | auditor | team | other-team | editor | participant
                GET  /actuator/prometheus                        | 401 | ok | ok | 403 | 403 | 403 | 403
                GET  /api/subscriptions                          | 401    | ok       | ok      | ok   | ok         | 403    | 403
                GET  /api/subscriptions?owner=KZ-75              | 401    | ok       | ok      | ok   | 403        | 403    | 403
                GET  /api/deliveries                             | 401    | ok       | ok      | ok   | ok         | 403    | 403
                GET  /api/deliveries?region=KZ-75                | 401    | ok       | ok      | ok   | 403        | 403    | 403
                POST /api/subscriptions                          | 401    | ok       | 403     | ok   | 403        | 403    | 403
                POST /api/subscriptions/%1$s/rotate-secret       | 401    | ok       | 403     | ok   | 403        | 403    | 403
                DELETE /api/subscriptions/%2$s                   | 401    | ok       | 403     | ok   | 403        | 403    | 403
                """.formatted(almatySubscription, mailId);
        EndpointMatrix.assertCovers(mappings, matrix);
        EndpointMatrix.at("http://localhost:" + port).caller("public", null).caller("operator", TestIssuer.operator())
                .caller("auditor", TestIssuer.auditor()).caller("team", ALMATY_TEAM)
                .caller("other-team", TestIssuer.team("KZ-33")).caller("editor", TestIssuer.editor("KZ-75"))
                .caller("participant", TestIssuer.participant("p-1", "KZ-75"))
                .body("POST /api/subscriptions", "{\"owner\":\"KZ-75\",\"channel\":\"email\","
                        + "\"address\":\"almaty-2@example.kz\",\"languages\":[\"kk\"]}")
                .output(output::getAll).assertTable(matrix, SharedKafkaBroker.bootstrapServers());
        assertThat(output.getAll()).as("no signing secret in the log").doesNotContain(almatySecret.substring(6));
    }

    /**
     * Issue 15: the attempts above as Prometheus scrapes them, by channel: webhooks delivered, and failed while the
     * receiver was down (not given up: it was delivered later); no address or secret in a label.
     */
    @Test
    @Order(7)
    void shouldCountDeliveriesAndFailuresByChannel() {
        String metrics = String.valueOf(get("/actuator/prometheus", TestIssuer.operator()).getBody());

        assertThat(sample(metrics, "relay_notifications_delivered_total{application=\"delivery\",channel=\"webhook\"}"))
                .isGreaterThanOrEqualTo(2);
        assertThat(sample(metrics,
                "relay_notifications_failed_total{application=\"delivery\",channel=\"webhook\",final=\"false\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics).doesNotContain("almaty@example.kz").doesNotContain(almatySecret).doesNotContain("127.0.0.1:");
    }

    /**
     * Issue 15: a notification is sent in the trace it came in (the W3C trace context of handoff's record): the
     * attempt is a span of that trace, tagged with its channel and outcome only.
     */
    @Test
    @Order(8)
    void shouldSendANotificationInTheTraceItCameIn() throws Exception {
        List<io.micrometer.observation.Observation.Context> sends = new java.util.concurrent.CopyOnWriteArrayList<>();
        observations.observationConfig().observationHandler(new io.micrometer.observation.ObservationHandler<>() {
            @Override
            public boolean supportsContext(io.micrometer.observation.Observation.Context context) {
                return "relay.notification.send".equals(context.getName());
            }

            @Override
            public void onStop(io.micrometer.observation.Observation.Context context) {
                sends.add(context);
            }
        });
        String id = "delivery-it-traced-kz-75";

        TopicLog.send("relay.notifications", "KZ-75", notification(id, FORUM, "KZ-75", NotificationKind.SERIES_UPDATE),
                Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        await().atMost(Duration.ofSeconds(30)).until(() -> records(NotificationDelivered.class, id).size() == 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sends).anySatisfy(send -> {
            io.micrometer.tracing.handler.TracingObservationHandler.TracingContext traced =
                    send.get(io.micrometer.tracing.handler.TracingObservationHandler.TracingContext.class);
            assertThat(traced).isNotNull();
            assertThat(traced.getSpan().context().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(send.getLowCardinalityKeyValue("channel").getValue()).isEqualTo("webhook");
            assertThat(send.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("delivered");
        }));
    }

    /** A sample's value in Prometheus' text format; 0 when it is not there. */
    private static double sample(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(name.length() + 1))).orElse(0.0);
    }

    // ---- handoff's events, as handoff writes them --------------------------------------------------------------

    private BatonPassed baton() {
        LocalizedText title = new LocalizedText(KAZAKH, "Резолюция", "Resolution");
        HandoffPackage handoffPackage = HandoffPackage.newBuilder().setCompletedForumId("delivery-it-01-kz-33")
                .setResolution(AdoptedResolutionSummary.newBuilder().setResolutionId("res-1").setContentHash("ab12")
                        .setTitle(title).setRecommendationsByAddressee(Map.of("GOVERNMENT", 3)).build())
                .setRegisteredCount(120).setParticipantsByCategory(Map.of("CITIZEN", 100))
                .setNextForum(NextForumSummary.newBuilder().setForumId(FORUM).setStartDate(LocalDate.of(2027, 3, 1))
                        .setEndDate(LocalDate.of(2027, 3, 2)).setCity(new LocalizedText("Алматы", "Алматы", "Almaty"))
                        .setVenue(title).build())
                .setOpenRecommendations(List.of(OpenRecommendation.newBuilder().setForumId("delivery-it-01-kz-33")
                        .setRecommendationId("rec-2").setAddresseeKind(AddresseeKind.REGIONAL_AKIMAT)
                        .setAddressee(new LocalizedText("Жетісу облысының әкімдігі", "Акимат области Жетісу",
                                "Akimat of Jetisu Region"))
                        .setText(new LocalizedText(KAZAKH, "Открыть молодёжный центр", "Open a youth centre"))
                        .setStatus(FollowUpStatus.IN_PROGRESS).build()))
                .build();
        return BatonPassed.newBuilder().setEnvelope(handoff.forCommand(SERIES, "delivery-it-01-kz-33", actor()))
                .setHandoffNumber(1).setFromForumId("delivery-it-01-kz-33").setFromRegionCode("KZ-33")
                .setToForumId(FORUM).setToRegionCode("KZ-75").setToPosition(2).setHandoffPackage(handoffPackage)
                .build();
    }

    private HandoffNotificationIssued notification(String id, String forumId, String region, NotificationKind kind) {
        return HandoffNotificationIssued.newBuilder().setEnvelope(handoff.forCommand(SERIES, forumId, actor()))
                .setNotificationId(id).setRecipientRegionCode(region).setKind(kind).setFromRegionCode("KZ-33")
                .setToRegionCode("KZ-75").setMessage(new LocalizedText(KAZAKH, "Эстафета передана", "The baton passed"))
                .setAcknowledgementRequired(kind == NotificationKind.BATON_RECEIVED).build();
    }

    private static Actor actor() {
        return new Actor(ActorKind.SERVICE, "handoff", null, null);
    }

    // ---- REST and Kafka ----------------------------------------------------------------------------------------

    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    private ResponseEntity<String> subscribe(String owner, String channel, String address, String languages,
            String token) {
        String body = "{\"owner\":\"" + owner + "\",\"channel\":\"" + channel + "\",\"address\":\"" + address
                + "\",\"languages\":" + languages + "}";
        return client().post().uri("/api/subscriptions").headers(TestIssuer.bearer(token))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().onStatus(s -> true, (req, res) -> { })
                .toEntity(String.class);
    }

    private ResponseEntity<String> get(String uri, String token) {
        return client().get().uri(uri).headers(TestIssuer.bearer(token)).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    private static void assertProblem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(String.valueOf(response.getHeaders().getContentType())).contains("application/problem+json");
    }

    private static List<ConsumerRecord<String, SpecificRecord>> records(Class<?> type, String notificationId) {
        return TopicLog.readAll("relay.delivery").stream()
                .filter(r -> type.isInstance(r.value()) && notificationId.equals(r.key())).toList();
    }
}
