package kz.civicrelay.forumctl.system;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How {@code forumctl up} runs the identity issuer (decision 0015): with the demo accounts, its signing key
 * under {@code <data>/identity} (so tokens outlive a restart), and the console's and Prometheus' client secrets in
 * its environment ({@value #CONSOLE_SECRET_VARIABLE}, {@value #METRICS_SECRET_VARIABLE}).
 */
public final class EmbeddedIssuer {

    /** The issuer reads {@code relay.identity.console-secret} from this variable (Spring's relaxed binding). */
    public static final String CONSOLE_SECRET_VARIABLE = "RELAY_IDENTITY_CONSOLE_SECRET";
    /** The issuer reads {@code relay.identity.metrics-secret} (Prometheus' client, decision 0027) from this variable. */
    public static final String METRICS_SECRET_VARIABLE = "RELAY_IDENTITY_METRICS_SECRET";
    /** The console reads its client secret from this variable ({@code spring.security.oauth2.client…client-secret}). */
    public static final String CONSOLE_CLIENT_SECRET_VARIABLE = "RELAY_CONSOLE_CLIENT_SECRET";
    /** Every demo account's password (services/identity's DemoAccounts). */
    public static final String DEMO_PASSWORD = "relay-demo";

    private EmbeddedIssuer() {
    }

    /** The folder holding the broker's log folder: {@code ./data} for {@code ./data/kafka} or {@code ./data/cluster}. */
    public static Path dataHome(Path brokerDataDir) {
        Path absolute = brokerDataDir.toAbsolutePath();
        Path parent = absolute.getParent();
        return parent != null ? parent : absolute;
    }

    /** @param dataHome the folder holding the broker's log folder ({@code ./data}) */
    public static List<String> args(Path dataHome) {
        return List.of("--relay.identity.seed-demo-accounts=true",
                "--relay.identity.data-dir=" + dataHome.resolve("identity").toAbsolutePath());
    }

    public static Map<String, String> environment(Path dataHome) {
        return Map.of(CONSOLE_SECRET_VARIABLE, ConsoleClientSecret.readOrCreate(dataHome.resolve("secrets")),
                METRICS_SECRET_VARIABLE, ConsoleClientSecret.metrics(dataHome.resolve("secrets")));
    }

    /** The console's side of the same secret: it signs people in as the client {@code relay-console}. */
    public static Map<String, String> consoleEnvironment(Path dataHome) {
        return Map.of(CONSOLE_CLIENT_SECRET_VARIABLE, ConsoleClientSecret.readOrCreate(dataHome.resolve("secrets")));
    }

    /** Where the issuer may send people back to a console that answers at {@code consoleUrl}. */
    public static List<String> consoleArgs(String consoleUrl) {
        return List.of("--relay.identity.console-redirect-uris=" + consoleUrl + "/login/oauth2/code/relay",
                "--relay.identity.console-post-logout-redirect-uris=" + consoleUrl + "/");
    }
}
