package kz.civicrelay.forumctl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.platform.testing.TailEvents;

import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.schemas.serde.AvroEventSerializer;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;

/**
 * {@code forumctl tail} against a real broker: the relay topics hold a forum convened and a recommendation proposed
 * three hours ago, and a baton passed and acknowledged a minute ago; tail finds them by filter, from the beginning,
 * since a moment, and stops at the end with {@code --no-follow}.
 */
@ExtendWith(SharedKafkaBroker.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TailCommandIT {

    private static final Path NO_SECRETS = Path.of("target", "no-kafka-secrets.properties");

    @BeforeAll
    static void eventsOnTheRelayTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedKafkaBroker.bootstrapServers()))) {
            // Other ITs of this JVM's broker may have made some already.
            java.util.Set<String> existing = admin.listTopics().names().get();
            admin.createTopics(Arrays.stream(RelayTopic.values()).filter(topic -> !existing.contains(topic.topicName()))
                    .map(topic -> new NewTopic(topic.topicName(), 3, (short) 1)).toList()).all().get();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (var producer = new KafkaProducer<String, SpecificRecord>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()),
                new StringSerializer(), new AvroEventSerializer())) {
            send(producer, RelayTopic.SCHEDULING, now.minus(3, ChronoUnit.HOURS), TailEvents.convened());
            send(producer, RelayTopic.RESOLUTION, now.minus(3, ChronoUnit.HOURS), TailEvents.proposed());
            send(producer, RelayTopic.HANDOFF, now.minus(1, ChronoUnit.MINUTES), TailEvents.batonPassed());
            send(producer, RelayTopic.HANDOFF, now.minus(1, ChronoUnit.MINUTES), TailEvents.acknowledged());
            producer.flush();
        }
    }

    private static void send(KafkaProducer<String, SpecificRecord> producer, RelayTopic topic, Instant at,
            SpecificRecord event) throws Exception {
        producer.send(new ProducerRecord<>(topic.topicName(), null, at.toEpochMilli(), Envelopes.keyOf(event), event))
                .get();
    }

    @Test
    void fromTheBeginningOneTypeAsJsonStopsAtTheEnd() throws Exception {
        Run run = Run.tail("--from-beginning", "--no-follow", "--type", "batonpassed", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(1);
        JsonNode baton = new ObjectMapper().readTree(run.lines().get(0));
        assertThat(baton.path("topic").asText()).isEqualTo("relay.handoff");
        assertThat(baton.path("type").asText()).isEqualTo("BatonPassed");
        assertThat(baton.path("producer").asText()).isEqualTo("handoff");
        assertThat(baton.path("fields").path("toRegionCode").asText()).isEqualTo("KZ-10");
    }

    @Test
    void filtersCombineAndFindKazakhText() {
        Run run = Run.tail("--from-beginning", "--no-follow", "--region", "KZ-10", "--grep", "ҚАБЫЛДАДЫҚ");
        assertThat(run.lines()).singleElement().asString().contains("HandoffAcknowledged")
                .contains("comment=Қабылдадық, рақмет").doesNotContain("\u001B");
        assertThat(Run.tail("--from-beginning", "--no-follow", "--service", "resolution,scheduling").lines())
                .hasSize(2);
    }

    @Test
    void sinceStartsAtTheFirstEventsAppendedAtOrAfterThatTime() {
        assertThat(Run.tail("--since", "1h", "--no-follow").lines())
                .extracting(line -> line.split("\\s+")[2]).containsExactly("BatonPassed", "HandoffAcknowledged");
        assertThat(Run.tail("--since", Instant.now().minus(4, ChronoUnit.HOURS).toString(), "--no-follow").lines())
                .hasSize(4);
    }

    @Test
    void coloursWhereTheTerminalTakesThemUnlessNoColorIsGiven() {
        assertThat(Run.tail(Ansi.ON, "--from-beginning", "--no-follow", "--type", "ForumConvened").lines())
                .singleElement().asString().contains("\u001B[1;34mForumConvened");
        assertThat(Run.tail(Ansi.ON, "--from-beginning", "--no-follow", "--type", "ForumConvened", "--no-color")
                .lines()).singleElement().asString().doesNotContain("\u001B");
        assertThat(Run.tail(Ansi.ON, "--from-beginning", "--no-follow", "--type", "ForumConvened", "--json")
                .lines()).singleElement().asString().doesNotContain("\u001B").startsWith("{");
    }

    @Test
    void withALanguageEachEventIsItsTimeAndSentence() {
        Run kazakh = Run.tail("--from-beginning", "--no-follow", "--type", "BatonPassed", "--lang", "kk");
        assertThat(kazakh.exitCode()).as(kazakh.err()).isZero();
        assertThat(kazakh.lines()).singleElement().asString().isEqualTo(TailEvents.AT
                + " Алматы қаласы эстафетаны Абай облысына табыстады");
        assertThat(Run.tail("--from-beginning", "--no-follow", "--region", "KZ-10", "--lang", "RU").lines())
                .containsExactly(TailEvents.AT + " Город Алматы передал эстафету Абайской области",
                        TailEvents.AT + " Абайская область подтвердила уведомление об эстафете: «Қабылдадық, рақмет»");
        Run english = Run.tail("--from-beginning", "--no-follow", "--type", "ForumConvened", "--lang", "en", "--json");
        assertThat(english.lines()).singleElement().asString().startsWith("{")
                .contains("\"en\":\"Айгүл Сәрсенова convened the forum in Karaganda Region\"");
        Run unknown = Run.tail("--lang", "de");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--lang");
    }

    @Test
    void fromTheEndWithoutFollowingPrintsNothing() {
        Run run = Run.tail("--no-follow");
        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).isEmpty();
    }

    @Test
    void aSinceThatIsNoTimeOrARegionThatIsNoCodeIsRefused() {
        Run run = Run.tail("--since", "yesterday");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--since yesterday");
        Run region = Run.tail("--region", "Алматы");
        assertThat(region.exitCode()).isEqualTo(2);
        assertThat(region.err()).contains("--region Алматы: an ISO 3166-2:KZ code");
    }

    private record Run(int exitCode, List<String> lines, String err) {

        static Run tail(String... options) {
            return tail(Ansi.OFF, options);
        }

        static Run tail(Ansi ansi, String... options) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] args = new String[options.length + 5];
            args[0] = "tail";
            args[1] = "--bootstrap-servers";
            args[2] = SharedKafkaBroker.bootstrapServers();
            args[3] = "--kafka-secrets";
            args[4] = NO_SECRETS.toString();
            System.arraycopy(options, 0, args, 5, options.length);
            int exitCode = ForumCtl.commandLine().setColorScheme(Help.defaultColorScheme(ansi))
                    .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
            return new Run(exitCode, out.toString().lines().toList(), err.toString());
        }
    }
}
