package kz.civicrelay.forumctl;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.system.Reachability;
import kz.civicrelay.platform.audit.EventFilter;
import kz.civicrelay.forumctl.tail.EventJson;
import kz.civicrelay.forumctl.tail.EventText;
import kz.civicrelay.forumctl.tail.FilterOptions;
import kz.civicrelay.forumctl.tail.SentenceLanguage;
import kz.civicrelay.forumctl.tail.Since;
import kz.civicrelay.platform.audit.LenientEventDeserializer;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.security.KafkaPrincipal;
import kz.civicrelay.platform.topics.RelayTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The live event stream of the series, one line an event, as operators watch it; filtered as the console's stream is
 * (see {@link EventFilter} for what each filter matches), from the end, the beginning or a moment.
 */
@Command(name = "tail", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the committed events of the relay topics as they are appended (Ctrl-C to stop), one "
                + "line each: time, topic, event, forum, actor, fields (texts kk / ru / en); in colour on a terminal "
                + "(not with NO_COLOR or --no-color), or one JSON object a line with --json (with the event's "
                + "sentence in kk, ru and en). With --lang kk|ru|en a line is the time and the event as a sentence in "
                + "that language: who did what to which forum.",
                "Filters combine (all must match); a filter given several times, or with values separated by commas, "
                + "matches any of them. Letters compare without case. Each read from the broker is printed in time "
                + "order; events of different topics may arrive slightly out of order across reads. A record that cannot be "
                + "decoded is shown (by its place) only when no filter is given."})
final class TailCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", description = "Kafka (default: ${DEFAULT-VALUE}).")
    String bootstrapServers = "localhost:9092";

    @Option(names = "--from-beginning", description = "Start with the whole log instead of new events.")
    boolean fromBeginning;

    @Option(names = "--since", paramLabel = "TIME", description = "Start with the events appended at or after TIME: "
            + "2027-03-15T12:00+05:00, 2027-03-15T07:00:00Z, or back from now: 30m, 2h, 7d.")
    @Nullable String since;

    @Option(names = {"--no-follow", "--until-end"}, description = "Stop at the end of the log instead of waiting for "
            + "new events (for scripts).")
    boolean noFollow;

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Option(names = "--json", description = "One JSON object a line: topic, partition, offset, timestamp, type, the "
            + "envelope's fields, and the event's own under fields.")
    boolean json;

    @Option(names = "--lang", paramLabel = "kk|ru|en", description = "Each event as its time and a sentence in this "
            + "language (Шымкент қаласы эстафетаны Жамбыл облысына табыстады) instead of its fields.")
    @Nullable SentenceLanguage language;

    @Option(names = "--no-color", description = "No colours.")
    boolean noColor;

    @Mixin
    KafkaClientOptions kafka = new KafkaClientOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Instant start = start();
        EventFilter filter = filters.filter(spec.commandLine());
        boolean filtered = !filter.equals(EventFilter.none());
        boolean colour = !json && !noColor && spec.commandLine().getColorScheme().ansi().enabled();
        Map<String, Object> client = kafka.clientProperties(KafkaPrincipal.AUDITOR);
        Reachability.requireBroker(bootstrapServers, client);
        Map<String, Object> config = new HashMap<>(client);
        config.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        PrintWriter out = spec.commandLine().getOut();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new LenientEventDeserializer())) {
            List<TopicPartition> partitions = EventLogReplay.partitions(consumer, KafkaClientOptions.readable(consumer,
                    // Not the topics that name people: whoever runs tail reads as the auditor, who sees no names
                    java.util.Arrays.stream(RelayTopic.values()).filter(t -> !t.holdsPersonalData())
                            .map(RelayTopic::topicName).toList(), System.err));
            consumer.assign(partitions);
            TailStart.seek(consumer, partitions, fromBeginning, start);
            Map<TopicPartition, Long> end = noFollow ? consumer.endOffsets(partitions) : Map.of();
            while (!Thread.currentThread().isInterrupted() && !(noFollow && TailStart.reached(consumer, end))) {
                List<ConsumerRecord<String, SpecificRecord>> records = new ArrayList<>();
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                records.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
                for (var record : records) {
                    SpecificRecord event = record.value();
                    if (event == null ? filtered : !filter.matches(record.topic(), event)) {
                        continue;
                    }
                    out.println(json ? EventJson.line(record.topic(), record.partition(), record.offset(),
                            record.timestamp(), event)
                            : event == null ? record.topic() + " offset " + record.offset()
                                    + ": undecodable record (see its .DLT)"
                            : line(record.topic(), event, colour));
                }
                out.flush();
            }
        }
        return 0;
    }

    private String line(String topic, SpecificRecord event, boolean colour) {
        SentenceLanguage chosen = language;
        return chosen == null ? EventText.line(topic, event, colour) : EventText.sentence(event, chosen, colour);
    }

    /** Where to start: {@code --since}'s moment, or null (the beginning or the end). */
    private @Nullable Instant start() {
        String text = since;
        if (text == null) {
            return null;
        }
        if (fromBeginning) {
            throw new ParameterException(spec.commandLine(), "--since and --from-beginning: choose one");
        }
        try {
            return Since.parse(text, Instant.now());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
