package kz.civicrelay.forumctl.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.StandInService;
import kz.civicrelay.forumctl.StandInService.Call;

/**
 * The delivery commands against a stand-in for the delivery service (the JDK's HTTP server), signed in as a
 * regional team from a stored session: what goes over the wire (method, path, query, body, token) and what a
 * person reads (tables, refusals), Kazakh text intact.
 */
class DeliveryCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM_NAME = "Алматы қаласының өңірлік командасы";

    @RegisterExtension
    final StandInService standIn = new StandInService();
    private String url;
    private String token;

    @BeforeEach
    void signInAsTheTeamOfAlmaty(@TempDir Path home) throws IOException {
        token = standIn.signIn(home, Map.of("sub", "team-kz-75", "name", TEAM_NAME, "relay_roles",
                List.of("regional-team"), "relay_region", "KZ-75"));
        url = standIn.url();
    }

    @Test
    void subscribingAnEmailPostsItForTheSignedInTeamsRegionInTheLanguagesNamed() throws IOException {
        standIn.answer(201, "{\"id\":\"sub-1\",\"owner\":\"KZ-75\",\"channel\":\"email\",\"address\":\"almaty@example.kz\","
                + "\"languages\":[\"kk\",\"ru\"]}");

        int exit = standIn.run("subscribe", "--email", "almaty@example.kz", "--languages", "kk,ru", "--delivery", url);

        assertThat(exit).as(standIn.err()).isZero();
        Call call = standIn.calls().get(0);
        assertThat(call.method() + " " + call.path()).isEqualTo("POST /api/subscriptions");
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(JSON.readTree(call.body())).isEqualTo(JSON.readTree(
                "{\"owner\":\"KZ-75\",\"channel\":\"email\",\"address\":\"almaty@example.kz\",\"languages\":[\"kk\",\"ru\"]}"));
        assertThat(standIn.out()).contains("Subscribed: sub-1  email  almaty@example.kz  for KZ-75  in kk,ru")
                .doesNotContain("secret");
    }

    @Test
    void subscribingAWebhookForTheSecretariatPrintsItsSigningSecretOnceWithANoteToKeepIt() throws IOException {
        standIn.answer(201, "{\"id\":\"sub-2\",\"owner\":\"secretariat\",\"channel\":\"webhook\",\"address\":\"https://hooks.example.kz/relay\","
                + "\"languages\":[\"kk\",\"ru\",\"en\"],\"secret\":\"whsec-Qwerty123\"}");

        int exit = standIn.run("subscribe", "--webhook", "https://hooks.example.kz/relay", "--secretariat", "--delivery",
                url);

        assertThat(exit).as(standIn.err()).isZero();
        JsonNode body = JSON.readTree(standIn.calls().get(0).body());
        assertThat(body.path("owner").asText()).isEqualTo("secretariat");
        assertThat(body.path("channel").asText()).isEqualTo("webhook");
        assertThat(body.path("languages")).as("all three by default").hasSize(3);
        assertThat(standIn.out()).contains("shown this once; keep it", "  whsec-Qwerty123\n");
        assertThat(standIn.out().split("whsec-Qwerty123", -1)).as("printed once").hasSize(2);
    }

    @Test
    void anotherRegionIsNamedWithRegion() throws IOException {
        standIn.answer(201, "{\"id\":\"sub-3\",\"owner\":\"KZ-19\",\"channel\":\"email\",\"address\":\"a@b.kz\",\"languages\":[\"en\"]}");

        assertThat(standIn.run("subscribe", "--email", "a@b.kz", "--region", "KZ-19", "--languages", "en", "--delivery",
                url)).isZero();

        assertThat(JSON.readTree(standIn.calls().get(0).body()).path("owner").asText()).isEqualTo("KZ-19");
    }

    @Test
    void aSubscriptionNeedsExactlyOneChannelKnownLanguagesAndARegionCodeAndNothingIsSentOtherwise() {
        assertThat(standIn.run("subscribe", "--delivery", url)).isEqualTo(2);
        assertThat(standIn.run("subscribe", "--email", "a@b.kz", "--webhook", "https://x", "--delivery", url))
                .isEqualTo(2);
        assertThat(standIn.run("subscribe", "--email", "a@b.kz", "--languages", "kk,de", "--delivery", url))
                .isEqualTo(2);
        assertThat(standIn.run("subscribe", "--email", "a@b.kz", "--region", "Almaty", "--delivery", url)).isEqualTo(2);
        assertThat(standIn.run("subscribe", "--email", "a@b.kz", "--region", "KZ-75", "--secretariat", "--delivery",
                url)).isEqualTo(2);

        assertThat(standIn.calls()).isEmpty();
        assertThat(standIn.err()).contains("--email", "'de'", "'Almaty'");
    }

    @Test
    void subscriptionsAreATableOfTheTeamsRegion() {
        standIn.answer(200, "[{\"id\":\"sub-1\",\"owner\":\"KZ-75\",\"channel\":\"email\",\"address\":\"almaty@example.kz\",\"languages\":[\"kk\",\"ru\"]},"
                + "{\"id\":\"sub-22\",\"owner\":\"KZ-75\",\"channel\":\"webhook\",\"address\":\"https://hooks.example.kz/өңір\",\"languages\":[\"kk\"]}]");

        assertThat(standIn.run("subscriptions", "--delivery", url)).isZero();

        Call call = standIn.calls().get(0);
        assertThat(call.path() + "?" + call.query()).isEqualTo("/api/subscriptions?owner=KZ-75");
        assertThat(standIn.out()).isEqualTo("""
                ID      OWNER  CHANNEL  ADDRESS                        LANGUAGES
                sub-1   KZ-75  email    almaty@example.kz              kk,ru
                sub-22  KZ-75  webhook  https://hooks.example.kz/өңір  kk
                2 subscription(s) for KZ-75
                """);
    }

    @Test
    void unsubscribingDeletesTheSubscription() {
        standIn.answer(204, "");

        assertThat(standIn.run("unsubscribe", "sub-1", "--delivery", url)).isZero();

        Call call = standIn.calls().get(0);
        assertThat(call.method() + " " + call.path()).isEqualTo("DELETE /api/subscriptions/sub-1");
        assertThat(standIn.out()).contains("Unsubscribed: sub-1");
    }

    @Test
    void rotatingAWebhooksSecretPrintsTheNewOneOnce() {
        standIn.answer(200, "{\"id\":\"sub-2\",\"secret\":\"whsec-New456\"}");

        assertThat(standIn.run("rotate-secret", "sub-2", "--delivery", url)).isZero();

        Call call = standIn.calls().get(0);
        assertThat(call.method() + " " + call.path()).isEqualTo("POST /api/subscriptions/sub-2/rotate-secret");
        assertThat(standIn.out()).contains("  whsec-New456\n");
    }

    @Test
    void deliveriesAreATableOfStateAttemptsLastReasonAndTimeWithKazakhTextIntact() {
        standIn.answer(200, "[{\"messageId\":\"n-1\",\"owner\":\"KZ-75\",\"channel\":\"email\",\"state\":\"delivered\",\"attempts\":1,"
                + "\"deliveredAt\":\"2026-12-02T09:00:00Z\"},"
                + "{\"messageId\":\"n-1\",\"owner\":\"KZ-75\",\"channel\":\"webhook\",\"state\":\"retrying\",\"attempts\":3,"
                + "\"lastDetail\":\"503 қызмет қолжетімсіз\",\"nextAttemptAt\":\"2026-12-02T09:04:00Z\"}]");

        assertThat(standIn.run("deliveries", "--forum", "forum 7", "--delivery", url)).isZero();

        Call call = standIn.calls().get(0);
        assertThat(call.path() + "?" + call.query()).isEqualTo("/api/deliveries?forum=forum 7&region=KZ-75");
        assertThat(standIn.out()).isEqualTo("""
                NOTIFICATION  REGION  CHANNEL  STATE      ATTEMPTS  LAST REASON             TIME
                n-1           KZ-75   email    delivered  1         -                       delivered 2026-12-02T09:00:00Z
                n-1           KZ-75   webhook  retrying   3         503 қызмет қолжетімсіз  next 2026-12-02T09:04:00Z
                2 deliver(ies) for KZ-75, forum forum 7
                """);
    }

    @Test
    void aRefusalIsPrintedAsItsProblemsTitleAndDetail() {
        standIn.answer(403, "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                + "\"detail\":\"KZ-75 өңірінің командасы KZ-19 жазылымдарын көре алмайды\"}");

        int exit = standIn.run("subscriptions", "--region", "KZ-19", "--delivery", url);

        assertThat(exit).isEqualTo(1);
        assertThat(standIn.err()).contains("Refused (403 Forbidden): KZ-75 өңірінің командасы KZ-19 жазылымдарын көре алмайды");
    }

    @Test
    void nobodySignedInIsRefusedInOneLine(@TempDir Path empty) {
        System.setProperty("forumctl.home", empty.toString());

        assertThat(standIn.run("subscriptions", "--delivery", url)).isEqualTo(2);

        assertThat(standIn.err()).contains("not signed in");
        assertThat(standIn.calls()).isEmpty();
    }
}
