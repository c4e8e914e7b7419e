package kz.civicrelay.forumctl;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.audit.AuditLog;
import kz.civicrelay.forumctl.audit.AuditRun;
import kz.civicrelay.forumctl.audit.LogReader;
import kz.civicrelay.forumctl.audit.Progress;
import kz.civicrelay.forumctl.audit.ReportFormat;
import kz.civicrelay.forumctl.audit.SeriesReport;
import kz.civicrelay.forumctl.audit.TamperCheck;
import kz.civicrelay.forumctl.checkpoint.AuditKey;
import kz.civicrelay.forumctl.system.Reachability;
import kz.civicrelay.platform.audit.EventLine;
import kz.civicrelay.platform.audit.LenientEventDeserializer;
import kz.civicrelay.platform.audit.SeriesAudit;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.platform.security.KafkaPrincipal;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Replays the log of a series: who did what and when, then checks the series. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Replays every committed event of a series in append order (who, what, when) and checks "
                + "the relay: baton in plan order, never twice; each preparation once; completion only after "
                + "adoption; one SeriesCompleted; nothing while suspended or after closing early. Prints how the series stands "
                + "(completed, closed early: when, by whom, why; suspended; running). Exit code 1 if any check fails. "
                + "With --as-of and/or --report: the series as it stood at a moment, replayed with the services' own "
                + "folds, more checks, and a report as JSON, Markdown or HTML (decision 0023), with the tamper-evidence "
                + "check: every signed checkpoint verified against the log as it is now (decision 0022).")
final class AuditCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The series id.")
    String seriesId;

    @Option(names = "--bootstrap-servers", description = "Kafka (default: ${DEFAULT-VALUE}).")
    String bootstrapServers = "localhost:9092";

    @Option(names = "--quiet", description = "Only the checks, not the timeline.")
    boolean quiet;

    @Option(names = "--as-of", description = "Replay every topic only up to this moment (record timestamps, "
            + "inclusive), e.g. 2027-03-15T12:00+05:00, and show the series as it stood then.")
    @Nullable OffsetDateTime asOf;

    @Option(names = "--report", description = "Write the audit report instead: json, md or html.",
            converter = ReportFormatConverter.class)
    @Nullable ReportFormat report;

    @Option(names = {"-o", "--output"}, description = "The report's file (default: standard output).")
    @Nullable Path output;

    @Option(names = "--generated-at", description = "The time to print as the report's making (default: none, so that "
            + "the same log gives the same bytes).")
    @Nullable OffsetDateTime generatedAt;

    @Option(names = "--verifier-key", paramLabel = "key|file", description = "The verifier key the checkpoints on "
            + "relay.audit must be signed with, for the tamper-evidence check of --as-of/--report (default: "
            + "audit-verifier-key.txt beside --kafka-secrets, as forumctl checkpoint writes it).")
    @Nullable String verifierKey;

    @Option(names = "--no-tamper-check", description = "Leave out the tamper-evidence check (it reads every partition).")
    boolean noTamperCheck;

    @Mixin
    KafkaClientOptions kafka = new KafkaClientOptions();

    @Override
    public Integer call() throws IOException {
        Map<String, Object> config = new java.util.HashMap<>(kafka.clientProperties(KafkaPrincipal.AUDITOR));
        Reachability.requireBroker(bootstrapServers, config);
        if (asOf != null || report != null) {
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            AuditLog log = new LogReader(config).read(System.err, Progress.onTerminal(System.err), seriesId);
            return AuditRun.run(seriesId, log, asOf == null ? null : asOf.toInstant(), report, output,
                    generatedAt == null ? null : generatedAt.toInstant(), System.out, tamperCheck(config));
        }
        config.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, LenientEventDeserializer.class));
        List<String> topics;
        try (var probe = new org.apache.kafka.clients.consumer.KafkaConsumer<String, SpecificRecord>(
                EventLogReplay.readerConfig(config))) {
            // The timeline printed here shows every field: not the topics that name people (the report's checks read them)
            topics = KafkaClientOptions.readable(probe, Arrays.stream(RelayTopic.values())
                    .filter(t -> !t.holdsPersonalData()).map(RelayTopic::topicName).toList(),
                    System.err);
        }
        var replay = new EventLogReplay(config);
        var records = replay.readAll(topics)
                .stream().filter(r -> r.value() != null && seriesId.equals(Envelopes.of(r.value()).getSeriesId())).toList();
        if (!quiet) {
            records.forEach(r -> System.out.println(EventLine.of(r.topic(), r.value())));
        }
        List<SpecificRecord> events = records.stream().map(r -> r.value()).toList();
        List<String> findings = SeriesAudit.findings(seriesId, events);
        System.out.println("Audit of " + seriesId + ": " + events.size() + " events; "
                + (findings.isEmpty() ? "all checks pass." : findings.size() + " findings:"));
        System.out.println("  Series " + SeriesAudit.outcome(seriesId, events));
        findings.forEach(f -> System.out.println("  ✗ " + f));
        return findings.isEmpty() ? 0 : 1;
    }

    /** The checkpoints verified against the log as it is now (decision 0022); null with --no-tamper-check. */
    private SeriesReport.@Nullable Finding tamperCheck(Map<String, Object> config) {
        if (noTamperCheck) {
            return null;
        }
        return TamperCheck.run(config, CheckpointCommand.checkpointedTopics(config), CheckpointCommand.LOG_NAME,
                AuditKey.verifierKey(verifierKey, CheckpointCommand.defaultSigningKey(kafka)));
    }

    /** {@code json}, {@code md} or {@code html}, in any case. */
    static final class ReportFormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
