package kz.civicrelay.forumctl;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import kz.civicrelay.forumctl.system.Reachability;
import kz.civicrelay.platform.audit.EventLine;
import kz.civicrelay.platform.audit.LenientEventDeserializer;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.platform.security.KafkaPrincipal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The live event stream of the series, one line an event, as operators watch it. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Prints every committed event of the relay topics as it is appended (Ctrl-C to stop).")
final class TailCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", description = "Kafka (default: ${DEFAULT-VALUE}).")
    String bootstrapServers = "localhost:9092";

    @Option(names = "--from-beginning", description = "Start with the whole log instead of new events.")
    boolean fromBeginning;

    @Mixin
    KafkaClientOptions kafka = new KafkaClientOptions();

    @Override
    public Integer call() {
        Map<String, Object> client = kafka.clientProperties(KafkaPrincipal.AUDITOR);
        Reachability.requireBroker(bootstrapServers, client);
        Map<String, Object> config = new java.util.HashMap<>(client);
        config.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new LenientEventDeserializer())) {
            List<TopicPartition> partitions = EventLogReplay.partitions(consumer, KafkaClientOptions.readable(consumer,
                    java.util.Arrays.stream(RelayTopic.values()).map(RelayTopic::topicName).toList(), System.err));
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            while (!Thread.currentThread().isInterrupted()) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    System.out.println(record.value() == null
                            ? record.topic() + " offset " + record.offset() + ": undecodable record (see its .DLT)"
                            : EventLine.of(record.topic(), record.value()));
                }
            }
        }
        return 0;
    }
}
