package kz.civicrelay.platform.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KraftNodeMainTest {

    @Test
    void shouldStartANodeOnExactlyTheSettingsItsArgumentsWereMadeFrom() {
        BrokerSettings node = ClusterSettings.onLoopback(9092, 9093, Path.of("data", "cluster").toAbsolutePath())
                .withOverrides(Map.of("broker.session.timeout.ms", "6000"))
                .node(3, "q1Sh-9_ISia_zwGINzRvyQ");

        KraftNodeMain.Launch launch = KraftNodeMain.parse(KraftNodeMain.arguments(node, 4242).toArray(String[]::new));

        assertThat(launch.settings()).isEqualTo(node);
        assertThat(launch.supervisorPid()).isEqualTo(4242);
    }

    @Test
    void shouldRefuseAnUnknownArgumentNamingIt() {
        assertThatThrownBy(() -> KraftNodeMain.parse(new String[] {"--node-id=1", "--prot=9092"}))
                .hasMessageContaining("--prot");
    }

    @Test
    void shouldRefuseANodeThatIsNotOneOfItsVoters() {
        assertThatThrownBy(() -> KraftNodeMain.parse(new String[] {"--node-id=4", "--cluster-id=x",
                "--voters=1@localhost:9093,2@localhost:9095,3@localhost:9097", "--port=9092", "--controller-port=9093",
                "--data=/tmp/kafka-4"})).hasMessageContaining("Node 4 is not one of the voters");
    }

    @Test
    void aSecuredNodeIsToldItsPasswordsInItsEnvironmentNeverOnItsCommandLine(@org.junit.jupiter.api.io.TempDir Path data) {
        var credentials = kz.civicrelay.platform.security.KafkaCredentials.loadOrCreate(data.resolve("kafka.properties"));
        BrokerSettings node = ClusterSettings.onLoopback(9092, 9093, data.resolve("cluster")).withCredentials(credentials)
                .node(2, "q1Sh-9_ISia_zwGINzRvyQ");

        var arguments = KraftNodeMain.arguments(node, 4242);

        assertThat(arguments).contains("--secured");
        assertThat(String.join(" ", arguments))
                .doesNotContain(credentials.password(kz.civicrelay.platform.security.KafkaPrincipal.ADMIN));
        assertThat(KraftNodeMain.parse(arguments.toArray(String[]::new), credentials.passwordEnvironment()).settings())
                .isEqualTo(node);
    }
}
