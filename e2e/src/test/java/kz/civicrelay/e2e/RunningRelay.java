package kz.civicrelay.e2e;

import kz.civicrelay.forumctl.system.EmbeddedIssuer;
import kz.civicrelay.forumctl.auth.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;

import kz.civicrelay.forumctl.demo.DemoDriver;
import kz.civicrelay.forumctl.system.MailSettings;
import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.forumctl.system.RelaySystem;
import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.broker.KraftBroker;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * A broker in the test JVM, the services, the console and the issuer as their own JVMs ({@code java -jar}, -Xmx256m),
 * and the mail catcher delivery sends through, all on free ports.
 */
public final class RunningRelay implements AutoCloseable {

    public final RelaySystem system;
    public final DemoDriver.Endpoints endpoints;
    /** Where each service writes its log ({@code <service>.log}). */
    public final Path logs;

    public RunningRelay() {
        this(List.of());
    }

    /** As {@link #RunningRelay()}, every service also given {@code serviceArgs} (e.g. {@code --logging.level.x=DEBUG}). */
    public RunningRelay(List<String> serviceArgs) {
        Path home = Path.of(System.getProperty("relay.home", ".."));
        try {
            Path target = Files.createDirectories(Path.of(System.getProperty("relay.e2e.work", "target")));
            Path data = Files.createTempDirectory(target, "e2e-kafka-");
            logs = data.resolve("logs");
            Map<RelayService, Integer> ports = new EnumMap<>(RelayService.class);
            java.util.Set<Integer> handedOut = new java.util.HashSet<>();
            for (RelayService service : RelayService.values()) {
                ports.put(service, distinctFreePort(handedOut));
            }
            MailSettings mail = new MailSettings(null, distinctFreePort(handedOut), distinctFreePort(handedOut),
                    distinctFreePort(handedOut));
            // bench.flush=false: the broker leaves flushing to the operating system (the handoff benchmark's comparison).
            system = RelaySystem.start(BrokerSettings.onFreePorts(data)
                    .withFlushEachWrite(Boolean.parseBoolean(System.getProperty("bench.flush", "true"))),
                    3, home, logs, ports, serviceArgs, false, mail);
            endpoints = new DemoDriver.Endpoints(
                    system.service(RelayService.SCHEDULING).baseUrl(),
                    system.service(RelayService.REGISTRATION).baseUrl(),
                    system.service(RelayService.RESOLUTION).baseUrl(),
                    system.service(RelayService.HANDOFF).baseUrl(),
                    system.bootstrapServers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free port not handed out before: the system may hand a port it just freed out again. */
    private static int distinctFreePort(java.util.Set<Integer> handedOut) {
        int port = KraftBroker.freePort();
        while (!handedOut.add(port)) {
            port = KraftBroker.freePort();
        }
        return port;
    }

    /** The mail catcher delivery sends through: its ports, and the mails each address received. */
    public Mailbox mailbox() {
        return new Mailbox(system.mail());
    }

    /** The delivery service's URL: subscriptions, deliveries. */
    public String deliveryUrl() {
        return system.service(RelayService.DELIVERY).baseUrl();
    }

    /** The demo operator, signed in at the issuer this relay runs (decision 0015). */
    public Session operator() {
        return Session.signedIn(system.service(RelayService.IDENTITY).baseUrl(), "operator", EmbeddedIssuer.DEMO_PASSWORD);
    }

    /** Every committed event of the given topics, in append order. */
    List<SpecificRecord> log(RelayTopic... topics) {
        return records(topics).stream().map(r -> r.value()).toList();
    }

    /** Every committed record of the given topics, headers and all, in append order. */
    List<org.apache.kafka.clients.consumer.ConsumerRecord<String, SpecificRecord>> records(RelayTopic... topics) {
        var replay = new EventLogReplay(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroEventDeserializer.class));
        return replay.readAll(java.util.Arrays.stream(topics).map(RelayTopic::topicName).toList());
    }

    @Override
    public void close() {
        system.close();
    }
}
