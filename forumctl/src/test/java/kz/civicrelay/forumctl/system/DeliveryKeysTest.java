package kz.civicrelay.forumctl.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.civicrelay.platform.links.AcknowledgementLinks;
import kz.civicrelay.platform.security.KafkaCredentials;
import kz.civicrelay.platform.security.KafkaPrincipal;

class DeliveryKeysTest {

    @Test
    void bothKeysAreMadeOnceReadableByTheirOwnerOnlyAndKeptAcrossStarts(@TempDir Path data) throws Exception {
        Path secrets = data.resolve("secrets");

        Map<String, String> first = DeliveryKeys.readOrCreate(secrets).environment(RelayService.DELIVERY);
        Map<String, String> second = DeliveryKeys.readOrCreate(secrets).environment(RelayService.DELIVERY);

        assertThat(first).isEqualTo(second);
        for (String file : List.of("links-key", "delivery-key", "checkin-key")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.resolve(file))))
                    .as(file).isEqualTo("rw-------");
        }
        assertThat(first.get("RELAY_LINKS_KEY")).isEqualTo(Files.readString(secrets.resolve("links-key")))
                .isNotEqualTo(first.get("RELAY_DELIVERY_KEY"));
        assertThat(DeliveryKeys.readOrCreate(data.resolve("elsewhere")).environment(RelayService.DELIVERY))
                .isNotEqualTo(first);
    }

    @Test
    void handoffGetsTheLinksKeyDeliveryItsTwoAndTheCheckInKeyAndNoOtherServiceAny(@TempDir Path data) {
        DeliveryKeys keys = DeliveryKeys.readOrCreate(data);

        Map<String, String> delivery = keys.environment(RelayService.DELIVERY);
        Map<String, String> handoff = keys.environment(RelayService.HANDOFF);

        assertThat(delivery).containsOnlyKeys("RELAY_LINKS_KEY", "RELAY_DELIVERY_KEY", "RELAY_CHECKIN_KEY");
        assertThat(handoff).containsExactly(Map.entry("RELAY_LINKS_KEY", delivery.get("RELAY_LINKS_KEY")));
        Map<String, String> registration = keys.environment(RelayService.REGISTRATION);
        assertThat(registration).containsOnlyKeys("RELAY_CHECKIN_KEY");
        assertThat(registration.get("RELAY_CHECKIN_KEY")).as("delivery signs the confirmations' codes with it")
                .isEqualTo(delivery.get("RELAY_CHECKIN_KEY")).isNotEqualTo(delivery.get("RELAY_LINKS_KEY"))
                .isNotEqualTo(delivery.get("RELAY_DELIVERY_KEY"));
        for (RelayService other : List.of(RelayService.IDENTITY, RelayService.SCHEDULING, RelayService.RESOLUTION,
                RelayService.CONSOLE)) {
            assertThat(keys.environment(other)).as(other.serviceName()).isEmpty();
        }
        assertThat(keys.toString()).doesNotContain(delivery.get("RELAY_LINKS_KEY"), delivery.get("RELAY_DELIVERY_KEY"),
                registration.get("RELAY_CHECKIN_KEY"));
    }

    @Test
    void aKeyIsAtLeast32BytesThatTheStandardAndTheUrlSafeDecoderBothRead(@TempDir Path data) {
        for (int i = 0; i < 50; i++) {
            String key = DeliveryKeys.newKey();

            assertThat(key).doesNotContain("+", "/", "=");
            assertThat(Base64.getDecoder().decode(key)).hasSizeGreaterThanOrEqualTo(32)
                    .isEqualTo(Base64.getUrlDecoder().decode(key));
        }
        String linksKey = DeliveryKeys.readOrCreate(data).environment(RelayService.HANDOFF).get("RELAY_LINKS_KEY");
        AcknowledgementLinks links = AcknowledgementLinks.withKey(linksKey);
        String token = links.token("n-1", "KZ-75", Instant.now().plusSeconds(60));
        assertThat(links.verify(token, Instant.now())).as("the platform's links take the key").isPresent();
    }

    @Test
    void composesEnvFileHoldsEveryKafkaPasswordAndBothKeysOwnerOnly(@TempDir Path data) throws Exception {
        Path secrets = data.resolve("secrets");
        KafkaCredentials credentials = KafkaCredentials.loadOrCreate(secrets.resolve("kafka.properties"));
        DeliveryKeys keys = DeliveryKeys.readOrCreate(secrets);

        Path file = ComposeEnvFile.write(secrets, credentials, keys);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(file.getFileName()).hasToString("compose.env");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        for (KafkaPrincipal principal : KafkaPrincipal.values()) {
            assertThat(text).as(principal.passwordKey())
                    .contains(principal.passwordKey() + "=" + credentials.password(principal) + "\n");
        }
        assertThat(text).contains("RELAY_KAFKA_DELIVERY_PASSWORD=",
                "RELAY_LINKS_KEY=" + keys.environment(RelayService.HANDOFF).get("RELAY_LINKS_KEY") + "\n",
                "RELAY_DELIVERY_KEY=" + keys.environment(RelayService.DELIVERY).get("RELAY_DELIVERY_KEY") + "\n",
                "RELAY_CHECKIN_KEY=" + keys.environment(RelayService.REGISTRATION).get("RELAY_CHECKIN_KEY") + "\n");
    }
}
