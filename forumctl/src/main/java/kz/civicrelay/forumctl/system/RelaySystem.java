package kz.civicrelay.forumctl.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.broker.KraftBroker;
import kz.civicrelay.platform.topics.TopicsConfiguration;
import kz.civicrelay.platform.topics.TopicsProperties;

/**
 * The whole embedded system: a real KRaft broker in this JVM, the relay topics, and each service as
 * its own JVM. Stops in reverse order.
 */
public final class RelaySystem implements AutoCloseable {

    private final KraftBroker broker;
    private final Map<RelayService, ServiceProcess> services;

    private RelaySystem(KraftBroker broker, Map<RelayService, ServiceProcess> services) {
        this.broker = broker;
        this.services = services;
    }

    /**
     * Starts the broker on {@code brokerSettings}, creates the topics and starts every service from
     * the jars under {@code projectHome}, logging to {@code logDir}; returns once all are healthy.
     */
    public static RelaySystem start(BrokerSettings brokerSettings, int partitions, Path projectHome, Path logDir,
            Map<RelayService, Integer> ports) {
        KraftBroker broker = KraftBroker.start(brokerSettings);
        Map<RelayService, ServiceProcess> services = new EnumMap<>(RelayService.class);
        try {
            broker.createTopics(TopicsConfiguration.newTopics(new TopicsProperties(partitions, (short) 1)));
            for (RelayService service : RelayService.values()) {
                services.put(service, new ServiceProcess(service, service.jar(projectHome),
                        ports.getOrDefault(service, service.defaultPort()), broker.bootstrapServers(),
                        logDir.resolve(service.serviceName() + ".log"),
                        List.of("--relay.topics.partitions=" + partitions)).start());
            }
            for (ServiceProcess process : services.values()) {
                process.awaitHealthy(Duration.ofSeconds(120));
            }
            return new RelaySystem(broker, services);
        } catch (RuntimeException e) {
            services.values().forEach(ServiceProcess::close);
            broker.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public ServiceProcess service(RelayService service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new NoSuchElementException(service.serviceName() + " is not part of this system");
        }
        return process;
    }

    @Override
    public void close() {
        List<ServiceProcess> running = new ArrayList<>(services.values());
        running.forEach(ServiceProcess::close);
        broker.close();
    }
}
