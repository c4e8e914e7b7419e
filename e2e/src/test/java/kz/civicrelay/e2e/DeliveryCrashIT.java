package kz.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.NotificationDelivered;
import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.DemoDriver;
import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.security.KafkaPrincipal;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * Issue 11: the delivery process SIGKILLed between sending a webhook and recording its outcome. A webhook
 * receiver (in this test) and an e-mail address (the mail catcher's) subscribe to one region under
 * {@code forumctl up}; a whole series is driven; the first time the receiver gets that region's
 * {@code baton-received} notification it SIGKILLs delivery before answering, so the notification was sent but
 * no outcome recorded. Shown: {@code up} restarts delivery and the restarted instance sends that notification
 * again under the same idempotency key ({@code webhook-id} = CloudEvent {@code id} = the notification id),
 * never a second key for one notification; every request is signed per Standard Webhooks with the
 * subscription's secret; {@code relay.delivery} holds exactly one {@code NotificationDelivered} per
 * notification and subscription, and every notification of the region in the series reached both
 * subscriptions; a mail sent again keeps its {@code Message-ID}. The time from the kill to the redelivery is
 * printed.
 */
class DeliveryCrashIT {

    private static final Duration START = Duration.ofSeconds(240);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String REGION = "KZ-75";
    private static final String SERIES = "e2e-delivery-crash";
    private static final String MAIL = "kz75-team@example.kz";
    private static final String VERIFICATION = "kz.civicrelay.subscription.verification";
    private static final String KILL_ON = "kz.civicrelay.notification.baton-received";

    private static ForumctlUp up;
    private static HttpServer server;
    private static ExecutorService handlers;

    /** One request the receiver got, as it got it. */
    private record Received(String webhookId, String timestamp, String signature, byte[] body, String eventId,
            String type, String notificationId, String identity, Instant at, long nanos) {

        boolean verification() {
            return VERIFICATION.equals(type);
        }
    }

    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static final AtomicReference<Received> killedAt = new AtomicReference<>();
    private static final AtomicReference<Long> killedPid = new AtomicReference<>();
    private static final AtomicReference<Long> killNanos = new AtomicReference<>();
    private static final AtomicReference<Throwable> receiverFailure = new AtomicReference<>();

    @BeforeAll
    static void startUpAndTheReceiver() throws IOException {
        Path target = Files.createDirectories(Path.of(System.getProperty("relay.e2e.work", "target")));
        Path work = Files.createTempDirectory(target, "e2e-delivery-crash-");
        handlers = Executors.newFixedThreadPool(8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/hook", DeliveryCrashIT::receive);
        server.start();
        up = ForumctlUp.start(work, "up");
        await().atMost(START).pollInterval(Duration.ofMillis(500)).until(() -> up.allReady() || !up.process().isAlive());
        assertThat(up.process().isAlive()).as(up.printed()).isTrue();
    }

    @AfterAll
    static void stop() {
        if (up != null) {
            up.close();
        }
        if (server != null) {
            server.stop(0);
        }
        if (handlers != null) {
            handlers.shutdownNow();
        }
    }

    /**
     * Records every request; the first {@code baton-received} notification SIGKILLs delivery before it is
     * answered (and is never answered); everything else is answered 204.
     */
    private static void receive(HttpExchange exchange) {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonNode event = JSON.readTree(body);
            JsonNode data = event.path("data");
            String identity = String.join("|", data.path("seriesId").asText(""), data.path("forumId").asText(""),
                    data.path("kind").asText(""), data.path("recipient").asText(""));
            Received r = new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, event.path("id").asText(null),
                    event.path("type").asText(null), data.path("notificationId").asText(null), identity, Instant.now(),
                    System.nanoTime());
            received.add(r);
            if (KILL_ON.equals(r.type()) && killedAt.compareAndSet(null, r)) {
                killNanos.set(System.nanoTime());
                killedPid.set(up.kill("delivery"));
                return; // sent, never answered: delivery died before it could record the outcome
            }
            exchange.sendResponseHeaders(204, -1);
        } catch (IOException e) {
            // the sender is gone (killed): nothing to answer
        } catch (RuntimeException | Error e) {
            receiverFailure.compareAndSet(null, e);
        }
    }

    @Test
    void aSigkilledDeliveryResendsUnderTheSameIdempotencyKeyAndRecordsEachDeliveryOnce() throws Exception {
        Session operator = up.operator();
        String hook = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        JsonNode webhook = subscribe(operator, "webhook", hook);
        JsonNode email = subscribe(operator, "email", MAIL);
        String webhookSubscription = webhook.path("subscriptionId").asText();
        String emailSubscription = email.path("subscriptionId").asText();
        String secret = webhook.path("secret").asText();
        assertThat(secret.startsWith("whsec_")).as("the webhook's secret is shown once, when subscribing").isTrue();
        assertThat(received).as("the verification ping").anyMatch(Received::verification);
        long deliveryPid = up.pid("delivery").orElseThrow();

        var outcome = new DemoDriver(endpoints(up), operator::bearer, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run(SERIES, LocalDate.of(2031, 3, 10));
        assertThat(outcome.seriesCompleted()).isTrue();

        assertThat(receiverFailure.get()).as("the receiver failed").isNull();
        Received killed = killedAt.get();
        assertThat(killed).as("the receiver got %s's baton-received notification and killed delivery", REGION).isNotNull();
        assertThat(killedPid.get()).as("the delivery process that sent it was killed").isEqualTo(deliveryPid);

        // up restarts delivery; the restarted instance sends the notification again, and everything else.
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            var delivery = up.process("delivery").orElseThrow();
            assertThat(delivery.path("restarts").asInt()).isEqualTo(1);
            assertThat(delivery.path("lastExitCode").asInt()).isEqualTo(137);
            assertThat(delivery.path("pid").asLong()).isNotEqualTo(deliveryPid);
            assertThat(received).filteredOn(r -> killed.webhookId().equals(r.webhookId()))
                    .as("the killed notification sent again").hasSizeGreaterThanOrEqualTo(2);
        });
        long redelivered = received.stream().filter(r -> killed.webhookId().equals(r.webhookId()) && r != killed)
                .mapToLong(Received::nanos).min().orElseThrow();
        Duration killToRedelivery = Duration.ofNanos(redelivered - killNanos.get());

        Map<String, Object> reader = new HashMap<>(up.kafkaClient(KafkaPrincipal.AUDITOR));
        reader.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, up.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroEventDeserializer.class));
        EventLogReplay replay = new EventLogReplay(reader);
        AtomicReference<Set<String>> issued = new AtomicReference<>();
        AtomicReference<List<NotificationDelivered>> delivered = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<SpecificRecord> log = replay.readAll(List.of(RelayTopic.NOTIFICATIONS.topicName(),
                    RelayTopic.DELIVERY.topicName())).stream().map(r -> r.value()).toList();
            Set<String> ofRegion = log.stream().filter(HandoffNotificationIssued.class::isInstance)
                    .map(HandoffNotificationIssued.class::cast)
                    .filter(n -> REGION.equals(n.getRecipientRegionCode()) && SERIES.equals(Envelopes.of(n).getSeriesId()))
                    .map(HandoffNotificationIssued::getNotificationId).collect(Collectors.toCollection(TreeSet::new));
            List<NotificationDelivered> ours = log.stream().filter(NotificationDelivered.class::isInstance)
                    .map(NotificationDelivered.class::cast)
                    .filter(d -> Set.of(webhookSubscription, emailSubscription).contains(d.getSubscriptionId())).toList();
            assertThat(ofRegion).as("19 handoffs and the completion told to %s", REGION).hasSizeGreaterThanOrEqualTo(20);
            for (String subscription : List.of(webhookSubscription, emailSubscription)) {
                assertThat(ours.stream().filter(d -> d.getSubscriptionId().equals(subscription))
                        .map(NotificationDelivered::getNotificationId).collect(Collectors.toSet()))
                        .as("every notification of %s delivered to %s", REGION, subscription).containsAll(ofRegion);
            }
            issued.set(ofRegion);
            delivered.set(ours);
        });

        // The receiver's view: one key per notification, the killed one seen again under the same key.
        List<Received> notifications = received.stream().filter(r -> !r.verification()).toList();
        assertThat(notifications).as("each request's webhook-id is its CloudEvent id and its notification id")
                .allSatisfy(r -> {
                    assertThat(r.webhookId()).isNotBlank();
                    assertThat(r.eventId()).isEqualTo(r.webhookId());
                    assertThat(r.notificationId()).isEqualTo(r.webhookId());
                });
        assertThat(killed.webhookId()).isEqualTo(killed.eventId()).isEqualTo(killed.notificationId())
                .isIn(issued.get());
        Map<String, Set<String>> idsPerNotification = notifications.stream().collect(Collectors.groupingBy(
                Received::identity, TreeMap::new, Collectors.mapping(Received::webhookId, Collectors.toSet())));
        assertThat(idsPerNotification).as("never a second key for one notification (series|forum|kind|recipient)")
                .allSatisfy((notification, ids) -> assertThat(ids).hasSize(1));
        Set<String> keys = notifications.stream().map(Received::webhookId).collect(Collectors.toCollection(TreeSet::new));
        assertThat(keys).as("the receiver got exactly the region's notifications").isEqualTo(issued.get());
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        assertThat(received).as("every request, the ping included, signed with the subscription's secret")
                .allSatisfy(r -> {
                    assertThat(signatures(r.signature())).contains(sign(key, r));
                    assertThat(Math.abs(Long.parseLong(r.timestamp()) - r.at().getEpochSecond()))
                            .as("webhook-timestamp is the time of sending").isLessThanOrEqualTo(300);
                });

        // The log's view: each notification delivered once to each subscription, none doubled.
        Map<String, Long> perDelivery = delivered.get().stream().collect(Collectors.groupingBy(
                d -> d.getNotificationId() + " → " + d.getSubscriptionId(), TreeMap::new, Collectors.counting()));
        assertThat(perDelivery).as("exactly one NotificationDelivered per (notification, subscription)")
                .allSatisfy((delivery, count) -> assertThat(count).as(delivery).isEqualTo(1L));
        assertThat(delivered.get()).filteredOn(d -> d.getNotificationId().equals(killed.notificationId())
                && d.getSubscriptionId().equals(webhookSubscription)).singleElement()
                .satisfies(d -> assertThat(d.getAttempt()).as("the unrecorded attempt, sent again").isEqualTo(1));

        // The mail catcher's view: each notification's mail, one Message-ID for one notification.
        Mailbox mailbox = up.mailbox();
        Map<String, List<String>> messageIds = new TreeMap<>();
        for (JsonNode mail : mailbox.messages(MAIL)) {
            Map<String, String> headers = headers(mail.path("mimeMessage").asText());
            messageIds.computeIfAbsent(headers.getOrDefault("x-relay-notification-id", "(none)"), k -> new ArrayList<>())
                    .add(headers.get("message-id"));
        }
        assertThat(messageIds.keySet()).as("the mail of each notification, and no other").isEqualTo(issued.get());
        assertThat(messageIds).as("a mail sent again has the same Message-ID")
                .allSatisfy((notification, ids) -> assertThat(new java.util.HashSet<>(ids)).as(notification).hasSize(1));

        java.util.regex.Matcher back = java.util.regex.Pattern.compile("✓ delivery is back \\(pid \\d+\\), ready in (\\d+) ms")
                .matcher(up.printed());
        String restart = back.find() ? back.group(1) + " ms" : "?";
        long webhookResends = notifications.size() - idsPerNotification.size();
        long mailResends = messageIds.values().stream().mapToLong(ids -> ids.size() - 1).sum();
        System.out.printf("DeliveryCrashIT: delivery (pid %d) SIGKILLed on receiving %s; restarted and ready in %s; "
                + "kill → redelivery %d ms; "
                + "%d notifications of %s, each delivered once per subscription; webhooks sent again: %d, "
                + "mails sent again: %d%n", killedPid.get(), killed.webhookId(), restart,
                killToRedelivery.toMillis(),
                issued.get().size(), REGION, webhookResends, mailResends);
    }

    private static JsonNode subscribe(Session operator, String channel, String address) throws Exception {
        String request = JSON.writeValueAsString(Map.of("owner", REGION, "channel", channel, "address", address,
                "languages", List.of("kk", "en")));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(up.deliveryUrl() + "/api/subscriptions"))
                .header("Authorization", "Bearer " + operator.requireBearer()).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("subscribing %s %s", channel, address).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    /** The {@code v1,<base64>} signatures of a {@code webhook-signature} header (space-separated). */
    private static List<String> signatures(String header) {
        return header == null ? List.of() : List.of(header.trim().split(" +"));
    }

    /** Standard Webhooks: {@code v1,} base64(HMAC-SHA256(secret, id.timestamp.body)). */
    private static String sign(byte[] key, Received r) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((r.webhookId() + "." + r.timestamp() + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(r.body()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header section of a MIME message, names lower-cased, folded lines unfolded. */
    private static Map<String, String> headers(String mime) {
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (String line : mime.split("\r?\n")) {
            if (line.isEmpty()) {
                break;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                headers.merge(last, " " + line.strip(), String::concat);
            } else if (line.contains(":")) {
                last = line.substring(0, line.indexOf(':')).strip().toLowerCase(java.util.Locale.ROOT);
                headers.put(last, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return headers;
    }

    private static DemoDriver.Endpoints endpoints(ForumctlUp up) {
        return new DemoDriver.Endpoints(up.serviceUrl(RelayService.SCHEDULING), up.serviceUrl(RelayService.REGISTRATION),
                up.serviceUrl(RelayService.RESOLUTION), up.serviceUrl(RelayService.HANDOFF), up.bootstrapServers())
                .withKafkaClient(up.kafkaClient(KafkaPrincipal.AUDITOR));
    }
}
