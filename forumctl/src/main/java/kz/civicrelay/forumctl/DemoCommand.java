package kz.civicrelay.forumctl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.DemoDriver;
import kz.civicrelay.forumctl.system.EmbeddedIssuer;
import kz.civicrelay.forumctl.system.Reachability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Drives a full series of 20 forums through the running services' public APIs. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Plans a series of 20 forums and holds each one through the services' REST APIs "
                + "(register, convene, propose and adopt the resolution with the plenary's vote, report a follow-up, "
                + "complete), printing every handoff.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--series", description = "Series id (default: demo-<timestamp>).")
    String seriesId = "demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));

    @Option(names = "--bootstrap-servers", description = "Kafka (default: ${DEFAULT-VALUE}).")
    String bootstrapServers = "localhost:9092";

    @Option(names = "--scheduling", description = "Scheduling URL (default: ${DEFAULT-VALUE}).")
    String scheduling = "http://localhost:8081";

    @Option(names = "--registration", description = "Registration URL (default: ${DEFAULT-VALUE}).")
    String registration = "http://localhost:8082";

    @Option(names = "--resolution", description = "Resolution URL (default: ${DEFAULT-VALUE}).")
    String resolution = "http://localhost:8083";

    @Option(names = "--handoff", description = "Handoff URL (default: ${DEFAULT-VALUE}).")
    String handoff = "http://localhost:8084";

    @Option(names = "--peer", paramLabel = "URL=URL", description = "A service's second instance, e.g. "
            + "http://localhost:8081=http://localhost:8181 (repeat; --cluster gives the four of forumctl up --cluster). "
            + "A write refused by a standby goes to the active instance it names; one that finds nothing answering "
            + "tries the peer.")
    java.util.Map<String, String> peers = new java.util.HashMap<>();

    @Option(names = "--cluster", description = "The services run as forumctl up --cluster runs them: a second "
            + "instance of each on its port + 100.")
    boolean cluster;

    @Option(names = "--first-day", description = "First day of the first forum (default: ${DEFAULT-VALUE}).")
    LocalDate firstDay = LocalDate.of(2027, 3, 10);

    @picocli.CommandLine.Mixin
    KafkaClientOptions kafka = new KafkaClientOptions();

    @Option(names = "--issuer", description = "The OpenID Connect issuer to sign in at (default: ${DEFAULT-VALUE}).")
    String issuer = "http://localhost:9000";

    @Option(names = "--user", description = "An operator's account (default: ${DEFAULT-VALUE}, a demo account of the "
            + "embedded default).")
    String user = "operator";

    @Option(names = "--password", description = "Its password (default: the demo accounts' password; "
            + "or RELAY_DEMO_PASSWORD).", arity = "0..1", interactive = true)
    @org.jspecify.annotations.Nullable String password;

    @Override
    public Integer call() {
        var client = kafka.clientProperties(kz.civicrelay.platform.security.KafkaPrincipal.AUDITOR);
        Reachability.requireBroker(bootstrapServers, client);
        var endpoints = new DemoDriver.Endpoints(scheduling, registration, resolution, handoff, bootstrapServers)
                .withPeers(cluster ? secondInstances() : java.util.Map.of()).withPeers(peers).withKafkaClient(client);
        String secret = password != null ? password : System.getenv().getOrDefault("RELAY_DEMO_PASSWORD",
                EmbeddedIssuer.DEMO_PASSWORD);
        Session operator = Session.signedIn(issuer, user, secret);
        var outcome = new DemoDriver(endpoints, operator::bearer, System.out).run(seriesId, firstDay);
        return outcome.seriesCompleted() && outcome.handoffs().size() == outcome.forumIds().size() - 1 ? 0 : 1;
    }

    /** Each service URL with its port + 100: where forumctl up --cluster runs the second instance. */
    private java.util.Map<String, String> secondInstances() {
        java.util.Map<String, String> second = new java.util.HashMap<>();
        for (String url : java.util.List.of(scheduling, registration, resolution, handoff)) {
            java.net.URI uri = java.net.URI.create(url);
            second.put(uri.getScheme() + "://" + uri.getAuthority(),
                    uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() + 100));
        }
        return second;
    }
}
