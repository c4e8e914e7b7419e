package kz.civicrelay.forumctl.system;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.admin.NewTopic;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.broker.ClusterSettings;
import kz.civicrelay.platform.broker.KraftBroker;
import kz.civicrelay.platform.security.KafkaCredentials;
import kz.civicrelay.platform.topics.TopicsConfiguration;
import kz.civicrelay.platform.topics.TopicsProperties;

/**
 * The whole system that {@code forumctl up} runs: Kafka, the relay topics, and each service instance as its
 * own JVM, each told to stop when this JVM is gone. Kafka is either one broker in this JVM (the embedded
 * default, one instance of each service) or a cluster of three broker processes ({@code --cluster}, two
 * instances of each service and one console). Optionally supervised (restarted when one exits). Stops the
 * services (all at once), then Kafka.
 */
public final class RelaySystem implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    /** Twelve JVMs starting together on a small machine take longer than five. */
    private static final Duration CLUSTER_READY_WITHIN = Duration.ofMinutes(5);

    /** Kafka as this system runs it. */
    private interface RunningKafka extends AutoCloseable {

        String bootstrapServers();

        Path dataDir();

        /** The broker processes to supervise; none when the broker runs in this JVM. */
        List<BrokerProcess> brokers();

        void createTopics(List<NewTopic> topics);

        /** The principals' passwords of a secured Kafka (decision 0015); null: unsecured. */
        @Nullable KafkaCredentials credentials();

        @Override
        void close();
    }

    private final RunningKafka kafka;
    private final List<ServiceProcess> services;
    /** The local mail catcher delivery sends through; null when delivery is pointed at a real SMTP server. */
    private final @Nullable MailCatcher mailCatcher;
    private final MailSettings mail;
    private final String mode;
    /** When this process (forumctl up) started. */
    private final Instant startedAt = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    private @Nullable Supervisor supervisor;
    private @Nullable ConsumerLag lag;

    private RelaySystem(RunningKafka kafka, List<ServiceProcess> services, @Nullable MailCatcher mailCatcher,
            MailSettings mail, String mode) {
        this.kafka = kafka;
        this.services = List.copyOf(services);
        this.mailCatcher = mailCatcher;
        this.mail = mail;
        this.mode = mode;
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
        return start(brokerSettings, partitions, projectHome, logDir, ports, serviceArgs, fromArchives,
                MailSettings.catcherOnDefaultPorts());
    }

    /**
     * As {@link #start(BrokerSettings, int, Path, Path, Map, List, boolean)}, delivery sending its e-mails as
     * {@code mail} says (through the mail catcher this system then runs, or a real SMTP server).
     */
    public static RelaySystem start(BrokerSettings brokerSettings, int partitions, Path projectHome, Path logDir,
            Map<RelayService, Integer> ports, List<String> serviceArgs, boolean fromArchives, MailSettings mail) {
        List<ServiceInstance> instances = ServiceInstance.onePerService(ports);
        Map<String, Integer> needed = new LinkedHashMap<>();
        needed.put("Kafka", brokerSettings.port());
        if (brokerSettings.controllerPort() > 0) {
            needed.put("the Kafka controller", brokerSettings.controllerPort());
        }
        instances.forEach(i -> needed.put(i.name(), i.port()));
        needed.putAll(mailPorts(mail));
        requireFree(needed);
        KraftBroker broker = KraftBroker.start(brokerSettings);
        RunningKafka kafka = new RunningKafka() {
            @Override
            public String bootstrapServers() {
                return broker.bootstrapServers();
            }

            @Override
            public Path dataDir() {
                return brokerSettings.dataDir();
            }

            @Override
            public List<BrokerProcess> brokers() {
                return List.of();
            }

            @Override
            public void createTopics(List<NewTopic> topics) {
                broker.createTopics(topics);
            }

            @Override
            public @Nullable KafkaCredentials credentials() {
                return brokerSettings.credentials();
            }

            @Override
            public void close() {
                broker.close();
            }
        };
        return startServices(kafka, new TopicsProperties(partitions, (short) 1), List.of(), instances, projectHome,
                logDir, serviceArgs, fromArchives, mail, SystemStatus.SINGLE);
    }

    /**
     * Starts the three broker processes of {@code cluster}, creates the topics (three copies,
     * {@code min.insync.replicas} 2) and starts two instances of each service and one console, every one
     * told the three brokers; returns once all are ready. Refuses before starting anything if a port it
     * needs is taken.
     *
     * @param ports by instance ({@code scheduling-b}) or service ({@code scheduling}: instance a); see
     *              {@link ServiceInstance#twoPerService}
     */
    public static RelaySystem startCluster(ClusterSettings cluster, int partitions, Path projectHome, Path logDir,
            Map<String, Integer> ports, List<String> serviceArgs, boolean fromArchives) {
        return startCluster(cluster, partitions, projectHome, logDir, ports, serviceArgs, fromArchives,
                MailSettings.catcherOnDefaultPorts());
    }

    /** As {@link #startCluster(ClusterSettings, int, Path, Path, Map, List, boolean)}, delivery's e-mails as {@code mail} says. */
    public static RelaySystem startCluster(ClusterSettings cluster, int partitions, Path projectHome, Path logDir,
            Map<String, Integer> ports, List<String> serviceArgs, boolean fromArchives, MailSettings mail) {
        List<ServiceInstance> instances = ServiceInstance.twoPerService(ports);
        Map<String, Integer> needed = new LinkedHashMap<>();
        for (int nodeId : cluster.nodeIds()) {
            needed.put("Kafka node " + nodeId, cluster.ports().get(nodeId - 1));
            needed.put("the controller of Kafka node " + nodeId, cluster.controllerPorts().get(nodeId - 1));
        }
        instances.forEach(i -> needed.put(i.name(), i.port()));
        needed.putAll(mailPorts(mail));
        requireFree(needed);
        KafkaCluster brokers = KafkaCluster.start(cluster, logDir, READY_WITHIN);
        RunningKafka kafka = new RunningKafka() {
            @Override
            public String bootstrapServers() {
                return brokers.bootstrapServers();
            }

            @Override
            public Path dataDir() {
                return cluster.dataDir();
            }

            @Override
            public List<BrokerProcess> brokers() {
                return brokers.brokers();
            }

            @Override
            public void createTopics(List<NewTopic> topics) {
                brokers.createTopics(topics);
            }

            @Override
            public @Nullable KafkaCredentials credentials() {
                return cluster.credentials();
            }

            @Override
            public void close() {
                brokers.close();
            }
        };
        short copies = (short) ClusterSettings.NODES;
        short inSync = (short) (copies - 1);
        return startServices(kafka, new TopicsProperties(partitions, copies, inSync),
                List.of("--relay.topics.replication-factor=" + copies, "--relay.topics.min-insync-replicas=" + inSync),
                instances, projectHome, logDir, serviceArgs, fromArchives, mail, SystemStatus.CLUSTER);
    }

    /** Creates the topics on the running {@code kafka} and starts every instance; stops all if one fails. */
    private static RelaySystem startServices(RunningKafka kafka, TopicsProperties topics, List<String> topicArgs,
            List<ServiceInstance> instances, Path projectHome, Path logDir, List<String> serviceArgs,
            boolean fromArchives, MailSettings mail, String mode) {
        List<ServiceProcess> services = new ArrayList<>();
        KafkaCredentials credentials = kafka.credentials();
        MailCatcher mailCatcher = null;
        try {
            kafka.createTopics(TopicsConfiguration.newTopics(topics));
            if (credentials != null) {
                KafkaAccess.grant(kafka.bootstrapServers(), credentials);
            }
            Path dataHome = EmbeddedIssuer.dataHome(kafka.dataDir());
            // Every service validates tokens from the issuer this system runs, on whatever port it has.
            List<String> issuerArgs = instances.stream().filter(i -> i.service() == RelayService.IDENTITY).findFirst()
                    .map(i -> List.of("--relay.security.issuer-uri=http://localhost:" + i.port())).orElse(List.of());
            // The issuer sends people back to the console wherever this system runs it.
            List<String> consoleArgs = instances.stream().filter(i -> i.service() == RelayService.CONSOLE).findFirst()
                    .map(i -> EmbeddedIssuer.consoleArgs("http://localhost:" + i.port())).orElse(List.of());
            // Delivery: its SMTP server, and the addresses its e-mails link to, wherever this system runs them.
            List<String> deliveryArgs = new ArrayList<>(mail.deliveryArgs());
            deliveryArgs.addAll(deliveryLinks(instances));
            DeliveryKeys keys = DeliveryKeys.readOrCreate(dataHome.resolve("secrets"));
            if (mail.catcher()) {
                mailCatcher = new MailCatcher(projectHome, mail, logDir.resolve(MailCatcher.NAME + ".log")).start();
                mailCatcher.awaitReady(READY_WITHIN);
            }
            for (ServiceInstance instance : instances) {
                List<String> args = new ArrayList<>(List.of("--relay.topics.partitions=" + topics.partitions()));
                args.addAll(topicArgs);
                args.addAll(instance.args());
                args.addAll(serviceArgs);
                args.addAll(KafkaAccess.serviceArgs(credentials));
                boolean issuer = instance.service() == RelayService.IDENTITY;
                if (issuer) {
                    args.addAll(EmbeddedIssuer.args(dataHome));
                    args.addAll(consoleArgs);
                } else {
                    args.addAll(issuerArgs);
                }
                if (instance.service() == RelayService.DELIVERY) {
                    args.addAll(deliveryArgs);
                }
                if (instance.service() == RelayService.CONSOLE) {
                    // A team's acknowledgement in the console is made at handoff, as the signed-in person: at
                    // whichever instance decides (a standby answers 503, and the console tries the next).
                    String handoffs = instances.stream().filter(i -> i.service() == RelayService.HANDOFF)
                            .map(h -> "http://localhost:" + h.port()).collect(java.util.stream.Collectors.joining(","));
                    if (!handoffs.isEmpty()) {
                        args.add("--relay.console.handoff-url=" + handoffs);
                    }
                    // An operator's suspend, resume or close of a series is made at scheduling, the same way.
                    String schedulings = instances.stream().filter(i -> i.service() == RelayService.SCHEDULING)
                            .map(s -> "http://localhost:" + s.port()).collect(java.util.stream.Collectors.joining(","));
                    if (!schedulings.isEmpty()) {
                        args.add("--relay.console.scheduling-url=" + schedulings);
                    }
                    // A forum's delegations, waitlist and lists to print are read at registration, the same way.
                    String registrations = instances.stream().filter(r -> r.service() == RelayService.REGISTRATION)
                            .map(r -> "http://localhost:" + r.port()).collect(java.util.stream.Collectors.joining(","));
                    if (!registrations.isEmpty()) {
                        args.add("--relay.console.registration-url=" + registrations);
                    }
                }
                ServiceProcess process = new ServiceProcess(instance.service(), instance.name(),
                        instance.service().jar(projectHome), instance.port(), kafka.bootstrapServers(),
                        logDir.resolve(instance.name() + ".log"), args, fromArchives && !issuer)
                        .withEnvironment(KafkaAccess.serviceEnvironment(instance.service(), credentials))
                        .withEnvironment(keys.environment(instance.service()));
                if (issuer) {
                    process.withEnvironment(EmbeddedIssuer.environment(dataHome));
                } else if (instance.service() == RelayService.CONSOLE) {
                    process.withEnvironment(EmbeddedIssuer.consoleEnvironment(dataHome));
                }
                services.add(process.start());
                if (issuer) {
                    // The services find the issuer (discovery, key set) from their first request on.
                    process.awaitReady(READY_WITHIN);
                }
            }
            for (ServiceProcess process : services) {
                process.awaitReady(SystemStatus.CLUSTER.equals(mode) ? CLUSTER_READY_WITHIN : READY_WITHIN);
            }
            return new RelaySystem(kafka, services, mailCatcher, mail, mode);
        } catch (RuntimeException e) {
            ChildProcess.stopAll(services);
            if (mailCatcher != null) {
                mailCatcher.close();
            }
            kafka.close();
            throw e;
        }
    }

    /** The ports the mail catcher needs; none when delivery is pointed at a real SMTP server. */
    private static Map<String, Integer> mailPorts(MailSettings mail) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (mail.catcher()) {
            ports.put("the mail catcher's SMTP", mail.smtpPort());
            ports.put("the mail catcher's IMAP", mail.imapPort());
            ports.put("the mail catcher's web view", mail.apiPort());
        }
        return ports;
    }

    /** Delivery's links into the console, handoff (acknowledgement) and resolution (the adopted text): instance a's. */
    static List<String> deliveryLinks(List<ServiceInstance> instances) {
        List<String> args = new ArrayList<>();
        Map<RelayService, String> property = Map.of(RelayService.CONSOLE, "relay.delivery.console-url",
                RelayService.HANDOFF, "relay.delivery.handoff-url", RelayService.RESOLUTION, "relay.delivery.resolution-url");
        for (RelayService service : List.of(RelayService.CONSOLE, RelayService.HANDOFF, RelayService.RESOLUTION)) {
            instances.stream().filter(i -> i.service() == service).findFirst()
                    .ifPresent(i -> args.add("--" + property.get(service) + "=http://localhost:" + i.port()));
        }
        return args;
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

    /** From now on a process (a service instance, a Kafka node) that exits on its own is reported on {@code out} and started again. */
    public synchronized Supervisor supervise(PrintStream out) {
        Supervisor started = new Supervisor(processes(), out);
        started.watch();
        supervisor = started;
        lag = new ConsumerLag(bootstrapServers(), KafkaAccess.adminClient(kafka.credentials()));
        return started;
    }

    /**
     * In the background, prepares the class-data archive of each service that has none for its jar yet
     * ({@link ClassDataSharing}); each is used from that service's next start on. Reports on {@code out}.
     */
    public void prepareFasterRestarts(PrintStream out, Path logFile) {
        Map<RelayService, ServiceProcess> missing = new LinkedHashMap<>();
        // Not the issuer: it reads no log, restarts rarely, and a training start would make a signing key.
        services.stream().filter(p -> p.service() != RelayService.IDENTITY && !ClassDataSharing.ready(p.service(), p.jar()))
                .forEach(p -> missing.putIfAbsent(p.service(), p));
        if (missing.isEmpty()) {
            out.println("Class-data archives for faster restarts ready for " + services.stream()
                    .map(p -> p.service().serviceName()).distinct().toList() + " (up to date)");
            return;
        }
        Thread training = new Thread(() -> {
            List<String> done = new ArrayList<>();
            for (ServiceProcess process : missing.values()) {
                try {
                    // The service's own environment: its Kafka principal, and delivery's keys, which it may need to start.
                    if (ClassDataSharing.train(process.service(), process.jar(), bootstrapServers(), logFile,
                            process.environment())) {
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

    /** Every broker's address, comma-separated. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** {@link SystemStatus#SINGLE} or {@link SystemStatus#CLUSTER}. */
    public String mode() {
        return mode;
    }

    /** The service's only instance, or its instance {@code a} when it runs twice. */
    public ServiceProcess service(RelayService service) {
        return services.stream().filter(p -> p.service() == service).findFirst()
                .orElseThrow(() -> new NoSuchElementException(service.serviceName() + " is not part of this system"));
    }

    /** Every instance, in start order (e.g. {@code scheduling-a}, {@code scheduling-b}, …, {@code console}). */
    public List<ServiceProcess> services() {
        return services;
    }

    /** The broker processes: the cluster's three nodes; none when the broker runs in this JVM. */
    public List<BrokerProcess> brokers() {
        return kafka.brokers();
    }

    /** Every process this system runs as a child: brokers first, then service instances, then the mail catcher. */
    public List<ChildProcess> processes() {
        List<ChildProcess> all = new ArrayList<>(kafka.brokers());
        all.addAll(services);
        if (mailCatcher != null) {
            all.add(mailCatcher);
        }
        return all;
    }

    /** Where delivery sends its e-mails (the mail catcher's ports, or a real SMTP server). */
    public MailSettings mail() {
        return mail;
    }

    /** The mail catcher, if this system runs one. */
    public java.util.Optional<MailCatcher> mailCatcher() {
        return java.util.Optional.ofNullable(mailCatcher);
    }

    /**
     * Where people and clients reach what runs, by name, in start order: each service instance's URL, then the mail
     * catcher's web view, SMTP and IMAP (or the real SMTP server delivery sends through).
     */
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        services.forEach(s -> urls.put(s.name(), s.baseUrl()));
        if (mail.catcher()) {
            urls.put("mail (web view, REST API)", mail.webUrl());
            urls.put("mail (SMTP)", "localhost:" + mail.smtpPort());
            urls.put("mail (IMAP)", "localhost:" + mail.imapPort());
        } else {
            urls.put("mail (SMTP, delivery sends through)", mail.deliveryHost() + ":" + mail.smtpPort());
        }
        return urls;
    }

    /** Each process: readiness, pid, uptime, restarts, last exit and consumer lag, as of now. */
    public SystemStatus status() {
        Supervisor watching = supervisor;
        Map<ChildProcess, CompletableFuture<ServiceProcess.Readiness>> ready = new LinkedHashMap<>();
        for (ChildProcess process : processes()) {
            boolean restarting = watching != null && watching.record(process.name()).restarting();
            ready.put(process, process.pid() == null || restarting
                    ? CompletableFuture.completedFuture(new ServiceProcess.Readiness(false, null))
                    : process instanceof ServiceProcess instance ? instance.readinessAsync()
                    : process.readyAsync().thenApply(yes -> new ServiceProcess.Readiness(yes, null)));
        }
        ConsumerLag counting = lag;
        Map<RelayService, Map<String, Long>> behind = counting == null ? Map.of() : counting.ofEveryService();
        List<SystemStatus.ProcessStatus> processes = new ArrayList<>();
        for (Map.Entry<ChildProcess, CompletableFuture<ServiceProcess.Readiness>> entry : ready.entrySet()) {
            ChildProcess process = entry.getKey();
            Supervisor.Record record = watching == null ? null : watching.record(process.name());
            Long pid = process.pid();
            Instant started = process.startedAt();
            boolean restarting = record != null && record.restarting();
            String state = pid == null ? (restarting ? "restarting" : "down")
                    : !restarting && entry.getValue().join().ready() ? "ready" : "starting";
            RelayService service = process instanceof ServiceProcess instance ? instance.service() : null;
            String kind = process instanceof MailCatcher ? SystemStatus.ProcessStatus.MAIL
                    : service == null ? SystemStatus.ProcessStatus.BROKER : SystemStatus.ProcessStatus.SERVICE;
            processes.add(new SystemStatus.ProcessStatus(process.name(), process.port(), pid, state,
                    pid == null || started == null ? null : Duration.between(started, Instant.now()).toSeconds(),
                    record == null ? 0 : record.restarts(), record == null ? null : record.lastExitCode(),
                    record == null || record.lastExitAt() == null ? null : String.valueOf(record.lastExitAt()),
                    service == null ? Map.of() : behind.getOrDefault(service, Map.of()),
                    kind, service == null ? null : service.serviceName(), pid == null ? null : entry.getValue().join().role()));
        }
        return new SystemStatus(ProcessHandle.current().pid(), startedAt.toString(), bootstrapServers(),
                kafka.dataDir().toAbsolutePath().toString(), processes, mode, urls());
    }

    @Override
    public void close() {
        Supervisor watching = supervisor;
        if (watching != null) {
            watching.close();
        }
        ChildProcess.stopAll(services);
        MailCatcher catcher = mailCatcher;
        if (catcher != null) {
            catcher.close();
        }
        ConsumerLag counting = lag;
        if (counting != null) {
            counting.close();
        }
        kafka.close();
    }
}
