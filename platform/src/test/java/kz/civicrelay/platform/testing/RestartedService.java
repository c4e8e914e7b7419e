package kz.civicrelay.platform.testing;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * A second instance of a service, started on the shared test broker as a restarted service starts: it
 * rebuilds its state from the log and serves its API on a free port. It joins the service's lease group
 * under an instance id of its own and stands by while the instance under test holds the lease, so that
 * one is neither disturbed nor fenced (decision 0014).
 */
public final class RestartedService implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final RestClient client;

    private RestartedService(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        // As an operator, when the services under test validate tokens (TestIssuer).
        this.client = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(headers -> {
            if (TestIssuer.running()) {
                headers.setBearerAuth(TestIssuer.operator());
            }
        }).build();
    }

    /** Starts {@code application} as a standby instance {@code <name>-restarted} of service {@code name}. */
    public static RestartedService start(Class<?> application, String name) {
        return new RestartedService(new SpringApplicationBuilder(application)
                .run("--server.port=0", "--spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers(),
                        "--relay.instance.id=" + name + "-restarted"));
    }

    /**
     * Starts {@code application} as instance {@code instanceId} with further arguments (e.g. a service name
     * and transactional ids of its own, to run a pair of instances apart from the one under test).
     */
    public static RestartedService startInstance(Class<?> application, String instanceId, String... arguments) {
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers(),
                "--relay.instance.id=" + instanceId), java.util.Arrays.stream(arguments)).toArray(String[]::new);
        return new RestartedService(new SpringApplicationBuilder(application).run(all));
    }

    /** A client of the restarted service's REST API. */
    public RestClient client() {
        return client;
    }

    @Override
    public void close() {
        context.close();
    }
}
