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
import java.util.regex.Pattern;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.system.Reachability;
import kz.civicrelay.forumctl.tail.EventFilter;
import kz.civicrelay.forumctl.tail.EventJson;
import kz.civicrelay.forumctl.tail.EventText;
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
                + "(not with NO_COLOR or --no-color), or one JSON object a line with --json.",
                "Filters combine (all must match); a filter given several times, or with values separated by commas, "
                + "matches any of them. Letters compare without case. Each read from the broker is printed in time "
                + "order; events of different topics may arrive slightly out of order across reads. A record that cannot be "
                + "decoded is shown (by its place) only when no filter is given."})
final class TailCommand implements Callable<Integer> {

    private static final Pattern REGION = Pattern.compile("(?i)KZ-\\d{2}");

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

    @Option(names = "--series", split = ",", paramLabel = "ID", description = "Only this series.")
    List<String> series = new ArrayList<>();

    @Option(names = "--forum", split = ",", paramLabel = "ID", description = "Only events about this forum (also a "
            + "baton passed to it).")
    List<String> forums = new ArrayList<>();

    @Option(names = "--region", split = ",", paramLabel = "KZ-NN", description = "Only events of this region "
            + "(ISO 3166-2:KZ): a forum it hosts (ids ending in -kz-NN), an actor of its team, or the event's region fields (host, baton "
            + "from or to, notified region, a recommendation's addressee).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--type", split = ",", paramLabel = "EVENT", description = "Only this event type, e.g. "
            + "BatonPassed.")
    List<String> types = new ArrayList<>();

    @Option(names = "--service", split = ",", paramLabel = "NAME", description = "Only events this service wrote "
            + "(scheduling, registration, resolution, handoff, delivery).")
    List<String> services = new ArrayList<>();

    @Option(names = "--actor", split = ",", paramLabel = "TEXT", description = "Only events of an actor whose id "
            + "or name contains TEXT.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--grep", paramLabel = "TEXT", description = "Only events whose line contains TEXT (any field, "
            + "texts in kk, ru and en).")
    List<String> texts = new ArrayList<>();

    @Option(names = "--json", description = "One JSON object a line: topic, partition, offset, timestamp, type, the "
            + "envelope's fields, and the event's own under fields.")
    boolean json;

    @Option(names = "--no-color", description = "No colours.")
    boolean noColor;

    @Mixin
    KafkaClientOptions kafka = new KafkaClientOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Instant start = start();
        for (String region : regions) {
            if (!REGION.matcher(region.strip()).matches()) {
                throw new ParameterException(spec.commandLine(), "--region " + region + ": an ISO 3166-2:KZ code, "
                        + "e.g. KZ-33");
            }
        }
        EventFilter filter = new EventFilter(series, forums, regions, types, services, actors, texts);
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
                    java.util.Arrays.stream(RelayTopic.values()).map(RelayTopic::topicName).toList(), System.err));
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
                            : EventText.line(record.topic(), event, colour));
                }
                out.flush();
            }
        }
        return 0;
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
