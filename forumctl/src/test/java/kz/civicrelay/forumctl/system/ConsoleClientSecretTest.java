package kz.civicrelay.forumctl.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleClientSecretTest {

    @Test
    void isMadeOnceReadableByItsOwnerOnlyAndReusedAfterwards(@TempDir Path data) throws Exception {
        Path secrets = data.resolve("secrets");

        String first = ConsoleClientSecret.readOrCreate(secrets);
        String second = ConsoleClientSecret.readOrCreate(secrets);

        assertThat(first).hasSize(43).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.resolve("console-client-secret"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rwx------");
        assertThat(ConsoleClientSecret.readOrCreate(data.resolve("elsewhere"))).isNotEqualTo(first);
    }

    @Test
    void theIssuerIsToldItsDataFolderAndTheDemoAccountsOnItsCommandLineAndTheSecretInItsEnvironment(@TempDir Path data) {
        var args = EmbeddedIssuer.args(data);
        var environment = EmbeddedIssuer.environment(data);

        assertThat(args).containsExactly("--relay.identity.seed-demo-accounts=true",
                "--relay.identity.data-dir=" + data.resolve("identity").toAbsolutePath());
        assertThat(environment).containsOnlyKeys("RELAY_IDENTITY_CONSOLE_SECRET", "RELAY_IDENTITY_METRICS_SECRET");
        assertThat(String.join(" ", args)).doesNotContain(environment.get("RELAY_IDENTITY_CONSOLE_SECRET"))
                .doesNotContain(environment.get("RELAY_IDENTITY_METRICS_SECRET"));
        assertThat(environment.get("RELAY_IDENTITY_METRICS_SECRET")).as("Prometheus' secret is a secret of its own")
                .isNotEqualTo(environment.get("RELAY_IDENTITY_CONSOLE_SECRET"))
                .isEqualTo(ConsoleClientSecret.metrics(data.resolve("secrets")));
    }
}
