package kz.civicrelay.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaCredentialsTest {

    @Test
    void madeOnceOwnerOnlyAndReusedOnRestart(@TempDir Path data) throws Exception {
        Path file = KafkaCredentials.fileBeside(data.resolve("kafka"));
        assertThat(file).isEqualTo(data.resolve("secrets").resolve("kafka.properties"));

        KafkaCredentials first = KafkaCredentials.loadOrCreate(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        KafkaCredentials again = KafkaCredentials.loadOrCreate(file);
        for (KafkaPrincipal principal : KafkaPrincipal.values()) {
            assertThat(again.password(principal)).isEqualTo(first.password(principal)).hasSizeGreaterThanOrEqualTo(40)
                    .matches("[A-Za-z0-9_-]+");
        }
        assertThat(first.password(KafkaPrincipal.SCHEDULING)).isNotEqualTo(first.password(KafkaPrincipal.REGISTRATION));
        assertThat(first.toString()).doesNotContain(first.password(KafkaPrincipal.ADMIN));
    }

    @Test
    void aServiceIsGivenItsOwnPrincipalInItsEnvironment(@TempDir Path data) {
        KafkaCredentials credentials = KafkaCredentials.loadOrCreate(data.resolve("kafka.properties"));
        assertThat(credentials.environment(KafkaPrincipal.HANDOFF))
                .containsEntry("RELAY_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("RELAY_KAFKA_USERNAME", "handoff")
                .containsEntry("RELAY_KAFKA_PASSWORD", credentials.password(KafkaPrincipal.HANDOFF));
        assertThat(KafkaCredentials.fromEnvironment(credentials.passwordEnvironment()).password(KafkaPrincipal.AUDITOR))
                .isEqualTo(credentials.password(KafkaPrincipal.AUDITOR));
    }
}
