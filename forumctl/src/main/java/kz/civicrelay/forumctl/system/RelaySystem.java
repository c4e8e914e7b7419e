package kz.civicrelay.forumctl.system;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.broker.KraftBroker;
import kz.civicrelay.platform.topics.TopicsConfiguration;
import kz.civicrelay.platform.topics.TopicsProperties;

/**
 * The whole embedded system: a real KRaft broker in this JVM, the relay topics, and each service as
 * its own JVM, each told to stop when this JVM is gone. Optionally supervised (restarted when one exits).
 * Stops the services (all at once), then the broker.
 */
public final class RelaySystem implements AutoCloseable {

    private final KraftBroker broker;
    private final BrokerSettings brokerSettings;
    private final Map<RelayService, ServiceProcess> services;
    /** When this process (forumctl up) started. */
    private final Instant startedAt = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    private @Nullable Supervisor supervisor;
    private @Nullable ConsumerLag lag;

    private RelaySystem(KraftBroker broker, BrokerSettings brokerSettings, Map<RelayService, ServiceProcess> services) {
        this.broker = broker;
        this.brokerSettings = brokerSettings;
        this.services = services;
    }

    /**
     * Starts the broker on {@code brokerSettings}, creates the topics and starts every service from
     * the jars under {@code projectHome}, logging to {@code logDir}; returns once all are ready.
     */
    public static RelaySystem start(BrokerSettings brokerSettings, int partitions, Path projectHome, Path logDir,
            Map<RelayService, Integer> ports) {
        return start(brokerSettings, partitions, projectHome, logDir, ports, List.of(), false);
    }

    /**
     * As {@link #start(BrokerSettings, int, Path, Path, Map)}, each service also given {@code serviceArgs},
     * and started from its class-data archive if {@code fromArchives} and it has one up to date. Refuses
     * before starting anything if a port it needs is taken.
     */
    public static RelaySystem start(BrokerSettings brokerSettings, int partitions, Path projectHome, Path logDir,
            Map<RelayService, Integer> ports, List<String> serviceArgs, boolean fromArchives) {
        Map<String, Integer> needed = new LinkedHashMap<>();
        needed.put("Kafka", brokerSettings.port());
        if (brokerSettings.controllerPort() > 0) {
            needed.put("the Kafka controller", brokerSettings.controllerPort());
        }
        for (RelayService service : RelayService.values()) {
            needed.put(service.serviceName(), ports.getOrDefault(service, service.defaultPort()));
        }
        requireFree(needed);
        KraftBroker broker = KraftBroker.start(brokerSettings);
        Map<RelayService, ServiceProcess> services = new EnumMap<>(RelayService.class);
        try {
            broker.createTopics(TopicsConfiguration.newTopics(new TopicsProperties(partitions, (short) 1)));
            List<String> args = new ArrayList<>(List.of("--relay.topics.partitions=" + partitions));
            args.addAll(serviceArgs);
            for (RelayService service : RelayService.values()) {
                services.put(service, new ServiceProcess(service, service.jar(projectHome),
                        ports.getOrDefault(service, service.defaultPort()), broker.bootstrapServers(),
                        logDir.resolve(service.serviceName() + ".log"), args, fromArchives).start());
            }
            for (ServiceProcess process : services.values()) {
                process.awaitReady(Duration.ofSeconds(120));
            }
            return new RelaySystem(broker, brokerSettings, services);
        } catch (RuntimeException e) {
            services.values().forEach(ServiceProcess::close);
            broker.close();
            throw e;
        }
    }

    /** Refuses, naming it, if a port is taken (e.g. by a service an earlier run left behind). */
    static void requireFree(Map<String, Integer> ports) {
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("localhost", port.getValue()));
            } catch (IOException e) {
                throw new IllegalStateException("Port " + port.getValue() + " (" + port.getKey()
                        + ") is already in use by another process; nothing was started. Stop that process first "
                        + "(it shows with: ss -ltnp 'sport = :" + port.getValue() + "').");
            }
        }
    }

    /** From now on a service that exits on its own is reported on {@code out} and started again. */
    public synchronized Supervisor supervise(PrintStream out) {
        Supervisor started = new Supervisor(services.values(), out);
        started.watch();
        supervisor = started;
        lag = new ConsumerLag(bootstrapServers());
        return started;
    }

    /**
     * In the background, prepares the class-data archive of each service that has none for its jar yet
     * ({@link ClassDataSharing}); each is used from that service's next start on. Reports on {@code out}.
     */
    public void prepareFasterRestarts(PrintStream out, Path logFile) {
        List<ServiceProcess> missing = services.values().stream()
                .filter(p -> !ClassDataSharing.ready(p.service(), p.jar())).toList();
        if (missing.isEmpty()) {
            out.println("Class-data archives for faster restarts ready for " + services.keySet().stream()
                    .map(RelayService::serviceName).toList() + " (up to date)");
            return;
        }
        Thread training = new Thread(() -> {
            List<String> done = new ArrayList<>();
            for (ServiceProcess process : missing) {
                try {
                    if (ClassDataSharing.train(process.service(), process.jar(), bootstrapServers(), logFile)) {
                        done.add(process.service().serviceName());
                    }
                } catch (RuntimeException e) {
                    out.println("✗ no class-data archive for " + process.service().serviceName() + ": " + e.getMessage());
                }
            }
            out.println("Class-data archives for faster restarts ready for " + (done.isEmpty() ? "none" : done)
                    + " (used from each one's next start; see " + logFile + ")");
        }, "forumctl-cds-training");
        training.setDaemon(true);
        training.setPriority(Thread.MIN_PRIORITY);
        training.start();
        out.println("Preparing class-data archives for faster restarts in the background ("
                + missing.size() + " services, once per build)");
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

    /** Each process: readiness, pid, uptime, restarts, last exit and consumer lag, as of now. */
    public SystemStatus status() {
        Map<ServiceProcess, java.util.concurrent.CompletableFuture<Boolean>> ready = new LinkedHashMap<>();
        services.values().forEach(p -> ready.put(p, p.readyAsync()));
        ConsumerLag counting = lag;
        Map<RelayService, Map<String, Long>> behind = counting == null ? Map.of() : counting.ofEveryService();
        List<SystemStatus.ProcessStatus> processes = new ArrayList<>();
        for (ServiceProcess process : services.values()) {
            Supervisor watching = supervisor;
            Supervisor.Record record = watching == null ? null : watching.record(process.service());
            Long pid = process.pid();
            Instant started = process.startedAt();
            boolean restarting = record != null && record.restarting();
            String state = pid == null ? (restarting ? "restarting" : "down")
                    : !restarting && ready.getOrDefault(process, java.util.concurrent.CompletableFuture.completedFuture(false))
                            .join() ? "ready" : "starting";
            processes.add(new SystemStatus.ProcessStatus(process.service().serviceName(), process.port(), pid, state,
                    pid == null || started == null ? null : Duration.between(started, Instant.now()).toSeconds(),
                    record == null ? 0 : record.restarts(), record == null ? null : record.lastExitCode(),
                    record == null || record.lastExitAt() == null ? null : String.valueOf(record.lastExitAt()),
                    behind.getOrDefault(process.service(), Map.of())));
        }
        return new SystemStatus(ProcessHandle.current().pid(), startedAt.toString(), bootstrapServers(),
                brokerSettings.dataDir().toAbsolutePath().toString(), processes);
    }

    @Override
    public void close() {
        Supervisor watching = supervisor;
        if (watching != null) {
            watching.close();
        }
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess process : services.values()) {
            Thread stop = new Thread(process::close, "stop-" + process.service().serviceName());
            stop.start();
            stopping.add(stop);
        }
        for (Thread stop : stopping) {
            try {
                stop.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ConsumerLag counting = lag;
        if (counting != null) {
            counting.close();
        }
        broker.close();
    }
}
