package kz.civicrelay.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The issuer started in the test JVM on a free port, with the demo accounts, as forumctl up starts it. */
final class RunningIssuer implements AutoCloseable {

    static final String CONSOLE_SECRET = "console-secret-for-tests-7f3a91";
    static final String METRICS_SECRET = "metrics-secret-for-tests-2c8e44";

    private final ConfigurableApplicationContext context;
    private final int port;

    private RunningIssuer(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    static RunningIssuer start(Path dataDir, String... extraArgs) {
        return start(freePort(), dataDir, extraArgs);
    }

    static RunningIssuer start(int port, Path dataDir, String... extraArgs) {
        return startWith(port, dataDir, "--relay.identity.seed-demo-accounts=true", extraArgs);
    }

    /** Without the demo accounts: those of {@code accountsFile} only. */
    static RunningIssuer startWithAccounts(Path accountsFile, Path dataDir) {
        return startWith(freePort(), dataDir, "--relay.identity.accounts-file=" + accountsFile);
    }

    private static RunningIssuer startWith(int port, Path dataDir, String accounts, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--relay.identity.data-dir=" + dataDir,
                accounts, "--relay.identity.console-secret=" + CONSOLE_SECRET,
                "--relay.identity.metrics-secret=" + METRICS_SECRET, "--spring.main.banner-mode=off"));
        args.addAll(List.of(extraArgs));
        return new RunningIssuer(new SpringApplicationBuilder(IdentityApplication.class).run(args.toArray(String[]::new)),
                port);
    }

    int port() {
        return port;
    }

    String url() {
        return "http://localhost:" + port;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
