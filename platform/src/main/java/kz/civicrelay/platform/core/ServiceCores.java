package kz.civicrelay.platform.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.metrics.ConsumerLagMeter;
import kz.civicrelay.platform.publish.RelayPublisher;
import kz.civicrelay.platform.security.KafkaAcls;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * Makes a service's core from its {@link ServiceDefinition} and runs it with the application: the state is
 * rebuilt once every bean exists (before the web server and the listener open), then the core follows the
 * log and takes part in its service's lease until the application stops. Stopping leaves the lease group,
 * so a standby instance takes over at once.
 */
public final class ServiceCores implements SmartInitializingSingleton, SmartLifecycle {

    /** The settings of the cores: {@code relay.instance.*} and {@code relay.lease.*}. */
    public record Settings(String service, String instanceId, Duration leaseSessionTimeout) {
    }

    /** How often the broker is asked for the reactions group's lag (a Prometheus scrape: every 15 s by default). */
    private static final long LAG_EVERY_MILLIS = 5_000;

    private final ServiceRuntime.Plumbing plumbing;
    private final Settings settings;
    private final KafkaAdmin admin;
    private final KafkaOperations<Object, Object> template;
    private final DeadLetterPublishingRecoverer recoverer;
    private final RelayPublisher publisher;
    private final EnvelopeFactory envelopes;
    private final Environment environment;
    private final List<ServiceRuntime<?, ?>> runtimes = new ArrayList<>();
    private @Nullable ConsumerLagMeter lag;
    private volatile boolean running;

    ServiceCores(ServiceRuntime.Plumbing plumbing, Settings settings, KafkaAdmin admin,
            KafkaOperations<Object, Object> template, DeadLetterPublishingRecoverer recoverer, RelayPublisher publisher,
            EnvelopeFactory envelopes, Environment environment) {
        this.plumbing = plumbing;
        this.settings = settings;
        this.admin = admin;
        this.template = template;
        this.recoverer = recoverer;
        this.publisher = publisher;
        this.envelopes = envelopes;
        this.environment = environment;
    }

    /** The core of a service: its state, decisions and reactions, run from the log. */
    public <S, E> ServiceCore<S, E> create(ServiceDefinition<S, E> definition) {
        KafkaAcls.requireGranted(settings.service(), definition.codec().topics(), definition.upstream().topics(),
                plumbing.fencing().prefix());
        var leadership = new Leadership(settings.instanceId(), settings.leaseSessionTimeout().toNanos() / 2);
        var core = new ServiceCore<>(definition, publisher, envelopes, leadership, plumbing.observations());
        var badRecords = new BadRecords(plumbing.consumerConfig(), definition.codec().topics().stream()
                .map(RelayTopic::deadLetterTopicName).toList(), template, recoverer);
        runtimes.add(new ServiceRuntime<>(core, plumbing, badRecords,
                (lead, holder) -> new Lease(plumbing.consumerConfig(), settings.service() + "-lease",
                        settings.instanceId(), settings.leaseSessionTimeout(), lead, this::address, holder)));
        return core;
    }

    /** This instance as standbys name it: {@code <instance id> <url>}. */
    String address() {
        String url = environment.getProperty("relay.instance.url");
        if (url == null) {
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", ""));
            url = port.isEmpty() ? "" : "http://localhost:" + port;
        }
        return (settings.instanceId() + " " + url).trim();
    }

    /**
     * Completes once everything committed to the topics the cores read (their own and upstream) before this call
     * has been folded into their state: what the log follower learns, with no listener's offsets to look at.
     */
    public java.util.concurrent.CompletableFuture<Void> caughtUp() {
        return java.util.concurrent.CompletableFuture.allOf(runtimes.stream().map(ServiceRuntime::caughtUp)
                .toArray(java.util.concurrent.CompletableFuture[]::new));
    }

    /** Whether every core of this application is ready: active and reacting, or standing by. */
    public Map<String, Object> readiness() {
        return runtimes.isEmpty() ? Map.of("ready", true) : runtimes.get(0).readiness();
    }

    @Override
    public void afterSingletonsInstantiated() {
        admin.initialize();
        runtimes.forEach(ServiceRuntime::rebuild);
    }

    @Override
    public void start() {
        runtimes.forEach(ServiceRuntime::start);
        if (!runtimes.isEmpty()) {
            // The one group a service commits offsets in: its reactions' (ServiceRuntime).
            lag = new ConsumerLagMeter(admin.getConfigurationProperties(), List.of(settings.service() + "-reactions"),
                    plumbing.meters()).start(LAG_EVERY_MILLIS);
        }
        running = true;
    }

    @Override
    public void stop() {
        runtimes.forEach(ServiceRuntime::stop);
        if (lag != null) {
            lag.close();
            lag = null;
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
