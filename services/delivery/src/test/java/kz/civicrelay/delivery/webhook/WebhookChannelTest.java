package kz.civicrelay.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import kz.civicrelay.delivery.domain.HandoffPackage;
import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.domain.Message;
import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.delivery.send.Outcome;
import kz.civicrelay.delivery.domain.DeliveryChannel;
import kz.civicrelay.reference.Trilingual;

/** The webhook channel against a real HTTP receiver: answers, timeouts, refusals, the signature and the body. */
class WebhookChannelTest {

    static final String KEY = Base64.getEncoder().encodeToString("a test key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8));
    private static final String KAZAKH = "Эстафета Алматы қаласына өтті: ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І";
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:05Z");

    private final WebhookSecrets secrets = new WebhookSecrets(KEY);
    private final WebhookChannel channel = new WebhookChannel(secrets, Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofMillis(500));

    private static Message message() {
        Trilingual text = new Trilingual(KAZAKH, "Эстафета передана Алматы", "The baton passed to Almaty");
        HandoffPackage handoffPackage = new HandoffPackage("s-01-kz-33",
                new HandoffPackage.AdoptedResolution("res-1", "ab12", text, Map.of("GOVERNMENT", 3)), 120,
                Map.of("CITIZEN", 100), new HandoffPackage.NextForum("s-02-kz-75", LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 2), new Trilingual("Алматы", "Алматы", "Almaty"), text),
                List.of(new HandoffPackage.OpenRecommendation("s-01-kz-33", "rec-2", "REGIONAL_AKIMAT",
                        new Trilingual("Жетісу облысының әкімдігі", "Акимат области Жетісу", "Akimat of Jetisu Region"),
                        text, "IN_PROGRESS")), 3);
        return new Message("s-02-kz-75-kz-75", "s", "s-02-kz-75", "KZ-75", "BATON_RECEIVED", text, "KZ-33", "KZ-75",
                true, Instant.parse("2026-12-01T09:00:00Z"), handoffPackage);
    }

    private static Subscription subscription(String url) {
        return new Subscription("sub-1", "KZ-75", DeliveryChannel.WEBHOOK, url, List.of(Language.KK, Language.EN), 3);
    }

    @Test
    void shouldDeliverASignedCloudEventWithKazakhIntact() throws Exception {
        try (Receiver receiver = Receiver.start().answering(204)) {
            Outcome outcome = channel.send(message(), subscription(receiver.url()), 1);

            assertThat(outcome).isEqualTo(new Outcome.Accepted("HTTP 204"));
            Receiver.Request request = receiver.requests().get(0);
            assertThat(request.header("Content-Type")).isEqualTo("application/cloudevents+json; charset=utf-8");
            assertThat(request.header("webhook-id")).isEqualTo("s-02-kz-75-kz-75");
            assertThat(request.header("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
            assertThat(request.header("webhook-signature"))
                    .isEqualTo(independentSignature(secrets.secret("sub-1", 3), request));
            assertThat(request.header("webhook-signature")).as("another version's secret does not verify")
                    .isNotEqualTo(independentSignature(secrets.secret("sub-1", 2), request));
            assertThat(request.body()).as("UTF-8 bytes, not escapes")
                    .containsSequence("ә ғ қ ң ө ұ ү һ і".getBytes(StandardCharsets.UTF_8));

            JsonNode event = new ObjectMapper().readTree(request.body());
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("id").asText()).isEqualTo("s-02-kz-75-kz-75");
            assertThat(event.get("source").asText()).isEqualTo("urn:civicrelay:handoff");
            assertThat(event.get("type").asText()).isEqualTo("kz.civicrelay.notification.baton-received");
            assertThat(event.get("subject").asText()).isEqualTo("s-02-kz-75");
            assertThat(Instant.parse(event.get("time").asText())).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
            assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
            JsonNode data = event.get("data");
            assertThat(data.get("notificationId").asText()).isEqualTo("s-02-kz-75-kz-75");
            assertThat(data.get("seriesId").asText()).isEqualTo("s");
            assertThat(data.get("forumId").asText()).isEqualTo("s-02-kz-75");
            assertThat(data.get("recipient").asText()).isEqualTo("KZ-75");
            assertThat(data.get("kind").asText()).isEqualTo("BATON_RECEIVED");
            assertThat(data.get("fromRegionCode").asText()).isEqualTo("KZ-33");
            assertThat(data.get("toRegionCode").asText()).isEqualTo("KZ-75");
            assertThat(data.get("acknowledgementRequired").asBoolean()).isTrue();
            assertThat(data.get("message").get("kk").asText()).isEqualTo(KAZAKH);
            assertThat(data.get("message").get("en").asText()).isEqualTo("The baton passed to Almaty");
            assertThat(data.get("message").has("ru")).as("only the subscription's languages").isFalse();
            JsonNode handoff = data.get("handoffPackage");
            assertThat(handoff.get("completedForumId").asText()).isEqualTo("s-01-kz-33");
            assertThat(handoff.get("resolution").get("resolutionId").asText()).isEqualTo("res-1");
            assertThat(handoff.get("resolution").get("contentHash").asText()).isEqualTo("ab12");
            assertThat(handoff.get("resolution").get("title").get("kk").asText()).isEqualTo(KAZAKH);
            assertThat(handoff.get("resolution").get("recommendationsByAddressee").get("GOVERNMENT").asInt())
                    .isEqualTo(3);
            assertThat(handoff.get("registeredCount").asInt()).isEqualTo(120);
            assertThat(handoff.get("participantsByCategory").get("CITIZEN").asInt()).isEqualTo(100);
            assertThat(handoff.get("nextForum").get("startDate").asText()).isEqualTo("2027-03-01");
            assertThat(handoff.get("nextForum").get("endDate").asText()).isEqualTo("2027-03-02");
            assertThat(handoff.get("nextForum").get("city").get("en").asText()).isEqualTo("Almaty");
            assertThat(handoff.get("nextForum").get("venue").get("kk").asText()).isEqualTo(KAZAKH);
            JsonNode open = handoff.get("openRecommendations");
            assertThat(open).hasSize(1);
            assertThat(open.get(0).get("forumId").asText()).isEqualTo("s-01-kz-33");
            assertThat(open.get(0).get("recommendationId").asText()).isEqualTo("rec-2");
            assertThat(open.get(0).get("addresseeKind").asText()).isEqualTo("REGIONAL_AKIMAT");
            assertThat(open.get(0).get("addressee").get("kk").asText()).isEqualTo("Жетісу облысының әкімдігі");
            assertThat(open.get(0).get("text").get("kk").asText()).isEqualTo(KAZAKH);
            assertThat(open.get(0).get("text").has("ru")).as("only the subscription's languages").isFalse();
            assertThat(open.get(0).get("status").asText()).isEqualTo("IN_PROGRESS");
            assertThat(handoff.get("openRecommendationsLeftOut").asInt()).isEqualTo(3);
        }
    }

    @Test
    void shouldRetryAServerError() throws Exception {
        try (Receiver receiver = Receiver.start().answering(500)) {
            assertThat(channel.send(message(), subscription(receiver.url()), 1))
                    .isEqualTo(new Outcome.Failed("HTTP 500", false));
        }
    }

    @Test
    void shouldGiveUpWhenTheReceiverIsGone() throws Exception {
        try (Receiver receiver = Receiver.start().answering(410)) {
            Outcome outcome = channel.send(message(), subscription(receiver.url()), 1);
            assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
                assertThat(f.permanent()).isTrue();
                assertThat(f.reason()).startsWith("HTTP 410");
            });
        }
    }

    @Test
    void shouldRetryAReceiverThatDoesNotAnswerWithinTheTimeout() throws Exception {
        try (Receiver receiver = Receiver.start().hanging()) {
            assertThat(channel.send(message(), subscription(receiver.url()), 1))
                    .isEqualTo(new Outcome.Failed("timed out after 500 ms", false));
        }
    }

    @Test
    void shouldRetryARefusedConnection() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(channel.send(message(), subscription("http://127.0.0.1:" + port + "/hook"), 1))
                .isEqualTo(new Outcome.Failed("connection refused", false));
    }

    @Test
    void shouldRefuseAMalformedUrlForGood() {
        assertThat(channel.send(message(), subscription("http://exa mple/ hook"), 1))
                .isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.permanent()).isTrue());
        assertThat(channel.send(message(), subscription("ftp://example.kz/hook"), 1))
                .isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.permanent()).isTrue());
    }

    @Test
    void shouldPingANewWebhookSignedWithTheSecretItWillHave() throws Exception {
        try (Receiver receiver = Receiver.start().answering(200)) {
            assertThat(channel.verify(receiver.url(), "sub-9", "KZ-75")).isEqualTo(new Outcome.Accepted("HTTP 200"));
            Receiver.Request ping = receiver.requests().get(0);
            assertThat(ping.header("webhook-signature")).isEqualTo(independentSignature(secrets.secret("sub-9", 1), ping));
            JsonNode event = new ObjectMapper().readTree(ping.body());
            assertThat(event.get("type").asText()).isEqualTo("kz.civicrelay.subscription.verification");
            assertThat(event.get("id").asText()).isEqualTo(ping.header("webhook-id")).startsWith("verification-");
        }
    }

    @Test
    void shouldDeriveADistinctSecretPerSubscriptionAndVersionNeverShowingTheKey() {
        assertThat(secrets.secret("sub-1", 1)).startsWith("whsec_").isEqualTo(new WebhookSecrets(KEY).secret("sub-1", 1))
                .isNotEqualTo(secrets.secret("sub-1", 2)).isNotEqualTo(secrets.secret("sub-2", 1));
        assertThat(Base64.getDecoder().decode(secrets.secret("sub-1", 1).substring(6))).hasSize(32);
        assertThat(secrets.toString()).doesNotContain(KEY);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WebhookSecrets("c2hvcnQ="))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WebhookSecrets("not base64!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("not base64!");
    }

    /** Standard Webhooks, computed here from the spec: v1,base64(HMAC-SHA256(secret, id.timestamp.body)). */
    static String independentSignature(String whsec, Receiver.Request request) throws Exception {
        byte[] secret = Base64.getDecoder().decode(whsec.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        byte[] prefix = (request.header("webhook-id") + "." + request.header("webhook-timestamp") + ".")
                .getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.wrap(prefix));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(request.body()));
    }
}
