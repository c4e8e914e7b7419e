package kz.civicrelay.e2e.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.e2e.ForumctlUp;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.SamplePlan;
import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.security.KafkaPrincipal;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * The opening rush (issue 12), measured, not asserted: 10,000 registrations to one forum from 32 concurrent HTTP
 * clients on loopback, against the embedded default as {@code forumctl up} runs it ({@link ForumctlUp}: up's own JVM
 * with the broker in it, each service its own JVM), beside Kafka's {@code ProducerPerformance} (acks=all,
 * transactional) on the same broker in the same run.
 *
 * <p>A series is planned (the {@code forumctl demo} plan) with its first forum's capacity exactly the warm-up's and
 * the rush's registrations; the first forum's preparation opens its registration. The warm-up registers
 * {@code bench.warmup} people to that same forum (not measured: only that forum's registration is open, and a second
 * series is refused while one runs); then the rush, each person new (their own e-mail address and phone number),
 * from {@code bench.clients} clients each on its own keep-alive HTTP/1.1 connection, signed in as the demo operator.
 * Printed: the 201s per second and their p50/p99 over the whole rush, for its first and last 1,000 and for each
 * 1,000 between; then the check that every 201's participant id is on {@code relay.registration} (read_committed);
 * the CPU each process used during the rush; and Kafka's tool, as fast as it goes and paced at the rush's rate.
 *
 * <p>System properties: {@code bench.registrations} (10000), {@code bench.clients} (32), {@code bench.warmup} (1000),
 * {@code bench.window} (1000), {@code bench.pp.records} (200000), {@code bench.pp.transaction-ms} (100),
 * {@code bench.pp.record-size} (0: the registrations' own average value size on the log),
 * {@code bench.thread-dumps} (0; diagnostics: that many thread dumps of registration's JVM, spread over the rush,
 * into the run's folder), {@code bench.service-properties} (diagnostics: comma-separated settings given to every
 * service through {@code forumctl up --service-property}).
 */
public final class RegistrationRushBenchmark {

    private static final Duration STEP = Duration.ofMinutes(3);
    private static final String PP_TOPIC = "bench.producer-performance";

    private RegistrationRushBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int registrations = Integer.getInteger("bench.registrations", 10_000);
        int clients = Integer.getInteger("bench.clients", 32);
        int warmup = Integer.getInteger("bench.warmup", 1_000);
        int window = Integer.getInteger("bench.window", 1_000);
        long ppRecords = Long.getLong("bench.pp.records", 200_000);
        long ppTransactionMs = Long.getLong("bench.pp.transaction-ms", 100);
        int ppRecordSize = Integer.getInteger("bench.pp.record-size", 0);
        int threadDumps = Integer.getInteger("bench.thread-dumps", 0);
        List<String> upArgs = new ArrayList<>();
        for (String property : System.getProperty("bench.service-properties", "").split(",")) {
            if (!property.isBlank()) {
                upArgs.addAll(List.of("--service-property", property.strip()));
            }
        }
        Path target = Files.createDirectories(Path.of(System.getProperty("relay.e2e.work", "target")));
        Path work = Files.createTempDirectory(target, "bench-rush-");
        try (ForumctlUp up = ForumctlUp.start(work, "up", upArgs.toArray(String[]::new))) {
            awaitReady(up);
            System.out.printf("%s forumctl up ready (%s)%n", LocalTime.now(), work);
            Session operator = up.operator();
            RelayApi api = new RelayApi(operator::bearer);
            String forumId = planSeries(up, api, warmup + registrations);
            String participants = up.serviceUrl(RelayService.REGISTRATION) + "/api/forums/" + forumId + "/participants";

            RegistrationRush.Result warm = RegistrationRush.run(participants, operator::bearer, "warmup", 702, warmup,
                    clients, n -> { });
            print("warm-up (same forum, not measured)", warm, window);
            // The rush starts once the warm-up has been followed through: the console (which follows every event)
            // counts every warm-up registration, so no service is still catching up when the clock starts.
            String consoleForum = up.serviceUrl(RelayService.CONSOLE) + "/api/forums/" + forumId;
            int warmed = warm.acceptedInOrder().size();
            Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                    .until(() -> api.get(consoleForum).body().path("registered").asInt() >= warmed);

            Map<String, Long> pids = pids(up);
            ThreadDumps dumps = new ThreadDumps(work, pids.get(RelayService.REGISTRATION.serviceName()), threadDumps,
                    registrations);
            long registrationPid = pids.getOrDefault(RelayService.REGISTRATION.serviceName(), -1L);
            long upPid = up.process().pid();
            Map<String, Long> registrationThreads = ProcessCpu.threads(registrationPid);
            Map<String, Long> upThreads = ProcessCpu.threads(upPid);
            ProcessCpu before = ProcessCpu.now(pids);
            RegistrationRush.Result rush = RegistrationRush.run(participants, operator::bearer, "rush", 701,
                    registrations, clients, dumps);
            ProcessCpu after = ProcessCpu.now(pids);
            long machineTicks = after.machine().total() - before.machine().total();
            String threadCpu = "registration's busiest threads: " + ProcessCpu.busiestThreads(registrationThreads,
                    ProcessCpu.threads(registrationPid), machineTicks, 8) + "\nup+broker's busiest threads: "
                    + ProcessCpu.busiestThreads(upThreads, ProcessCpu.threads(upPid), machineTicks, 8);
            dumps.awaitDone();
            System.out.printf("%s rush done%n", LocalTime.now());

            List<String> checks = afterTheRush(api, up, forumId, participants, rush);
            Log log = Log.read(up, forumId);
            report(registrations, clients, warmup, window, warm, rush, log, checks, after.sharesSince(before)
                    + "\n" + threadCpu, dumps);
            writeSamples(target.resolve("bench-rush.csv"), warm, rush, log);
            printLogWarnings(work);

            stackAlone(up, operator, forumId, registrations, clients, pids, rush);

            int recordSize = ppRecordSize > 0 ? ppRecordSize : (int) Math.round(log.averageValueBytes());
            producerPerformance(up, work, pids, ppRecords, recordSize, ppTransactionMs, rush);
        }
    }

    // ---- the series and its first forum -----------------------------------------------------------------------

    /** Plans the demo's series with the first forum's capacity as given; returns that forum once its registration is open. */
    @SuppressWarnings("unchecked")
    private static String planSeries(ForumctlUp up, RelayApi api, int capacity) {
        Map<String, Object> plan = SamplePlan.plan("bench-rush", LocalDate.of(2045, 3, 10));
        ((List<Map<String, Object>>) plan.get("forums")).get(0).put("capacity", capacity);
        JsonNode series = api.expect(201, up.serviceUrl(RelayService.SCHEDULING) + "/api/series", plan).body();
        String forumId = series.get("forums").get(0).get("forumId").asText();
        RelayApi.Reply open = api.await(up.serviceUrl(RelayService.REGISTRATION) + "/api/forums/" + forumId
                + "/registration", r -> r.status() == 200 && "OPEN".equals(r.body().path("status").asText()), STEP);
        System.out.printf("%s series planned; forum %s open for registration, capacity %d%n", LocalTime.now(), forumId,
                open.body().path("capacity").asInt());
        return forumId;
    }

    /** The same person again (200 with their seat), then one more person when the forum is full (409); not measured. */
    private static List<String> afterTheRush(RelayApi api, ForumctlUp up, String forumId, String participants,
            RegistrationRush.Result rush) {
        List<String> checks = new ArrayList<>();
        Optional<RegistrationRush.Sample> first = rush.samples().stream().filter(s -> s.status() == 201).findFirst();
        first.ifPresent(s -> {
            RelayApi.Reply again = api.post(participants, json(RegistrationRush.body("rush", 701, s.index())));
            checks.add("the same person again: " + again.status() + (s.participantId().equals(
                    again.body().path("participantId").asText()) ? ", the same participant id" : ", ANOTHER participant id: "
                            + again.raw()));
        });
        RelayApi.Reply more = api.post(participants, json(RegistrationRush.body("one-more", 705, 0)));
        checks.add("one more person after the rush (capacity = warm-up + rush): " + more.status()
                + (more.status() == 409 ? "" : " " + more.raw()));
        JsonNode view = api.get(up.serviceUrl(RelayService.REGISTRATION) + "/api/forums/" + forumId + "/registration").body();
        checks.add("registration of the forum now: " + view.path("status").asText() + ", " + view.path("registered").asInt()
                + " registered, " + view.path("seatsLeft").asInt() + " seats left");
        return checks;
    }

    private static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ---- the log ----------------------------------------------------------------------------------------------

    /** The forum's ParticipantRegistered on relay.registration (read_committed): participant id → its record. */
    record Log(Map<String, ConsumerRecord<String, SpecificRecord>> registered, int duplicates) {

        static Log read(ForumctlUp up, String forumId) {
            Map<String, Object> config = new HashMap<>(up.kafkaClient(KafkaPrincipal.CONSOLE));
            config.putAll(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, up.bootstrapServers(),
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroEventDeserializer.class));
            Map<String, ConsumerRecord<String, SpecificRecord>> registered = new LinkedHashMap<>();
            int duplicates = 0;
            for (ConsumerRecord<String, SpecificRecord> record : new EventLogReplay(config)
                    .readAll(List.of(RelayTopic.REGISTRATION.topicName()))) {
                if (record.value() instanceof ParticipantRegistered p && forumId.equals(p.getEnvelope().getForumId())
                        && registered.putIfAbsent(p.getParticipantId(), record) != null) {
                    duplicates++;
                }
            }
            return new Log(registered, duplicates);
        }

        double averageValueBytes() {
            return registered.values().stream().mapToInt(ConsumerRecord::serializedValueSize).average().orElse(300);
        }

        double averageKeyBytes() {
            return registered.values().stream().mapToInt(r -> Math.max(0, r.serializedKeySize())).average().orElse(0);
        }

        /**
         * The transactions the given registrations were appended in, as the log shows them: a forum's registrations
         * share a key, so one partition, and a transaction's records have consecutive offsets there, its commit
         * marker taking the next one. Returns the size of each, in log order, and the append time of its first record.
         */
        List<long[]> transactions(Set<String> participantIds) {
            List<ConsumerRecord<String, SpecificRecord>> records = registered.entrySet().stream()
                    .filter(e -> participantIds.contains(e.getKey())).map(Map.Entry::getValue)
                    .sorted(java.util.Comparator.comparingInt((ConsumerRecord<String, SpecificRecord> r) -> r.partition())
                            .thenComparingLong(ConsumerRecord::offset))
                    .toList();
            List<long[]> transactions = new ArrayList<>(); // {records, first record's timestamp}
            ConsumerRecord<String, SpecificRecord> previous = null;
            for (ConsumerRecord<String, SpecificRecord> r : records) {
                if (previous == null || r.partition() != previous.partition() || r.offset() != previous.offset() + 1) {
                    transactions.add(new long[] { 0, r.timestamp() });
                }
                transactions.get(transactions.size() - 1)[0]++;
                previous = r;
            }
            return transactions;
        }

        /** "partition,offset" of a participant's record, ",": none. */
        String position(String participantId) {
            ConsumerRecord<String, SpecificRecord> record = participantId == null ? null : registered.get(participantId);
            return record == null ? "," : record.partition() + "," + record.offset();
        }

        long appended(String participantId) {
            ConsumerRecord<String, SpecificRecord> record = participantId == null ? null : registered.get(participantId);
            return record == null ? -1 : record.timestamp();
        }
    }

    // ---- report -----------------------------------------------------------------------------------------------

    private static void print(String what, RegistrationRush.Result result, int window) {
        List<RegistrationRush.Sample> accepted = result.acceptedInOrder();
        if (accepted.isEmpty()) {
            System.out.printf("%s %s: no 201 in %d requests; statuses %s%n", LocalTime.now(), what, result.samples().size(),
                    statuses(result));
            return;
        }
        RegistrationRush.Window all = RegistrationRush.window(accepted, 0, accepted.size(), result.startNanos());
        System.out.printf("%s %s: %d accepted, %.0f/s, p50 %d ms, p99 %d ms; statuses %s%n", LocalTime.now(), what,
                all.accepted(), all.perSecond(), all.latencies().p50(), all.latencies().p99(), statuses(result));
    }

    private static Map<Integer, Long> statuses(RegistrationRush.Result result) {
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        result.samples().forEach(s -> statuses.merge(s.status(), 1L, Long::sum));
        return statuses;
    }

    private static void report(int registrations, int clients, int warmup, int window, RegistrationRush.Result warm,
            RegistrationRush.Result rush, Log log, List<String> checks, String cpu, ThreadDumps dumps) {
        List<RegistrationRush.Sample> accepted = rush.acceptedInOrder();
        System.out.println();
        System.out.printf("== The opening rush: %d registrations to one forum, %d concurrent clients (HTTP/1.1 keep-alive, "
                + "loopback), forumctl up's embedded default ==%n", registrations, clients);
        System.out.printf("(the forum held the %d warm-up registrations already; the rush's figures leave them out)%n",
                warm.count(201));
        System.out.printf("answers: %s (201 new, 200 the same person, 409 full or not open, -1 no answer)%n",
                statuses(rush));
        rush.samples().stream().filter(s -> s.status() != 201).limit(3)
                .forEach(s -> System.out.printf("  e.g. request %d: %d %s%n", s.index(), s.status(), s.error()));
        if (accepted.isEmpty()) {
            System.out.println("no registration accepted: nothing to measure");
            return;
        }
        System.out.printf("%-44s %7s %11s %6s %6s %6s %6s%n", "201s (in the order answered)", "n", "accepted/s", "p50",
                "p90", "p99", "max");
        RegistrationRush.Window all = RegistrationRush.window(accepted, 0, accepted.size(), rush.startNanos());
        row("whole rush", all);
        int w = Math.min(window, accepted.size());
        RegistrationRush.Window first = RegistrationRush.window(accepted, 0, w, rush.startNanos());
        RegistrationRush.Window last = RegistrationRush.window(accepted, accepted.size() - w, accepted.size(),
                rush.startNanos());
        row("first " + w, first);
        row("last " + w, last);
        for (int from = 0; from + w <= accepted.size(); from += w) {
            row(String.format("  %,d -> %,d", from, from + w), RegistrationRush.window(accepted, from, from + w,
                    rush.startNanos()));
        }
        // Where a registration's time went: before its event was appended (queue, group, decision) and after (the
        // group's commit, the answer). Both clocks are this machine's: the record's CreateTime and the client's.
        List<Long> toAppend = new ArrayList<>();
        List<Long> appendToAnswer = new ArrayList<>();
        for (RegistrationRush.Sample s : accepted) {
            long appended = log.appended(s.participantId());
            if (appended >= 0) {
                toAppend.add(Math.max(0, appended - s.sentMillis()));
                appendToAnswer.add(Math.max(0, s.answeredMillis() - appended));
            }
        }
        if (!toAppend.isEmpty()) {
            row("  request sent -> its event appended", Latencies.of(toAppend));
            row("  event appended -> 201 received", Latencies.of(appendToAnswer));
        }
        List<long[]> transactions = log.transactions(accepted.stream().map(RegistrationRush.Sample::participantId)
                .collect(java.util.stream.Collectors.toSet()));
        if (transactions.size() > 1) {
            List<Long> between = new ArrayList<>();
            for (int i = 1; i < transactions.size(); i++) {
                between.add(Math.max(0, transactions.get(i)[1] - transactions.get(i - 1)[1]));
            }
            row("  registrations per transaction (group)", Latencies.of(transactions.stream().map(t -> t[0]).toList()));
            row("  ms from one transaction's append to the next", Latencies.of(between));
            System.out.printf("  (%d transactions for the rush's %d registrations, from their offsets on the log)%n",
                    transactions.size(), accepted.size());
        }
        System.out.printf("last %d / first %d: %.2f of the rate (must not fall below 0.5)%n", w, w,
                last.perSecond() / first.perSecond());

        // Every 201 on the log.
        Set<String> answered201 = new HashSet<>();
        warm.samples().stream().filter(s -> s.status() == 201).forEach(s -> answered201.add(s.participantId()));
        accepted.forEach(s -> answered201.add(s.participantId()));
        long missing = answered201.stream().filter(id -> id == null || !log.registered().containsKey(id)).count();
        long unanswered = log.registered().keySet().stream().filter(id -> !answered201.contains(id)).count();
        System.out.printf("relay.registration (read_committed): %d ParticipantRegistered of the forum; of the %d 201s "
                + "(warm-up and rush) %d missing from the log; %d on the log without a 201; %d participant ids twice%n",
                log.registered().size(), answered201.size(), missing, unanswered, log.duplicates());
        System.out.printf("ParticipantRegistered on the log: %.0f B value, %.0f B key on average%n",
                log.averageValueBytes(), log.averageKeyBytes());
        checks.forEach(c -> System.out.println("after the rush: " + c));
        System.out.println("CPU during the rush: " + cpu);
        if (dumps.taken() > 0) {
            System.out.printf("thread dumps of registration's JVM during the rush (diagnostics): %d, in %s%n",
                    dumps.taken(), dumps.folder());
        }
        System.out.printf("Target: >= 2000 registrations/s (%s), p99 < 100 ms (%s), last %d >= half the first's rate (%s), "
                + "every 201 on the log (%s)%n", all.perSecond() >= 2000 ? "met" : "NOT met",
                all.latencies().p99() < 100 ? "met" : "NOT met", w, last.perSecond() >= first.perSecond() / 2 ? "met"
                        : "NOT met", missing == 0 ? "met" : "NOT met");
    }

    private static void row(String what, RegistrationRush.Window window) {
        Latencies l = window.latencies();
        System.out.printf("%-44s %7d %11.0f %6d %6d %6d %6d%n", what, window.accepted(), window.perSecond(), l.p50(),
                l.p90(), l.p99(), l.max());
    }

    private static void row(String what, Latencies l) {
        System.out.printf("%-44s %7d %11s %6d %6d %6d %6d%n", what, l.count(), "", l.p50(), l.p90(), l.p99(), l.max());
    }

    private static void writeSamples(Path file, RegistrationRush.Result warm, RegistrationRush.Result rush, Log log)
            throws IOException {
        List<String> lines = new ArrayList<>(List.of("phase,request,status,sent_ms,answered_ms,latency_us,participant_id,"
                + "appended_ms,partition,offset"));
        for (var phase : List.of(Map.entry("warmup", warm), Map.entry("rush", rush))) {
            for (RegistrationRush.Sample s : phase.getValue().samples()) {
                lines.add(String.join(",", phase.getKey(), Integer.toString(s.index()), Integer.toString(s.status()),
                        Long.toString(s.sentMillis()), Long.toString(s.answeredMillis()),
                        Long.toString((s.answeredNanos() - s.sentNanos()) / 1000), s.participantId() == null ? ""
                                : s.participantId(), Long.toString(log.appended(s.participantId())),
                        log.position(s.participantId())));
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.println("every request: " + file);
    }

    /** The WARN and ERROR lines the registration service logged during the run: how many, and the first three. */
    private static void printLogWarnings(Path work) {
        Path file = work.resolve("logs").resolve(RelayService.REGISTRATION.serviceName() + ".log");
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            List<String> warnings = lines.filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList();
            System.out.printf("registration's log (%s): %d WARN/ERROR lines%n", file, warnings.size());
            warnings.stream().limit(3).forEach(l -> System.out.println("  " + (l.length() > 240 ? l.substring(0, 240) + "…"
                    : l)));
        } catch (IOException | java.io.UncheckedIOException e) {
            System.out.println("registration's log not readable: " + e.getMessage());
        }
    }

    // ---- the design's own limit ----------------------------------------------------------------------------------

    /**
     * The same clients and token, as many requests, to the cheapest authenticated request registration answers: a GET
     * of the forum's registration figures (Tomcat, Spring MVC and Security with the HTTP observation, Jackson, a read
     * of the folded state), no Kafka and no decision. Its rate is the ceiling any registration could reach through
     * the design's HTTP stack on this machine with these clients; printed beside the rush's.
     */
    private static void stackAlone(ForumctlUp up, Session operator, String forumId, int requests, int clients,
            Map<String, Long> pids, RegistrationRush.Result rush) throws InterruptedException {
        String url = up.serviceUrl(RelayService.REGISTRATION) + "/api/forums/" + forumId + "/registration";
        RegistrationRush.run(url, operator::bearer, null, Math.min(requests, 1_000), clients, n -> { });
        ProcessCpu before = ProcessCpu.now(pids);
        RegistrationRush.Result reads = RegistrationRush.run(url, operator::bearer, null, requests, clients, n -> { });
        String cpu = ProcessCpu.now(pids).sharesSince(before);
        List<RegistrationRush.Sample> answered = reads.answeredInOrder(200);
        System.out.println();
        System.out.printf("== The design's own limit, same run: %d authenticated GETs of the forum's registration figures "
                + "from the same %d clients (HTTP stack, security, JSON, a read of the state; no Kafka, no decision) ==%n",
                requests, clients);
        System.out.printf("answers: %s%n", statuses(reads));
        if (answered.isEmpty()) {
            return;
        }
        System.out.printf("%-44s %7s %11s %6s %6s %6s %6s%n", "200s (in the order answered)", "n", "answered/s", "p50",
                "p90", "p99", "max");
        RegistrationRush.Window all = RegistrationRush.window(answered, 0, answered.size(), reads.startNanos());
        row("GET …/registration, whole run", all);
        System.out.println("CPU meanwhile: " + cpu);
        List<RegistrationRush.Sample> accepted = rush.acceptedInOrder();
        if (!accepted.isEmpty()) {
            double rate = RegistrationRush.window(accepted, 0, accepted.size(), rush.startNanos()).perSecond();
            System.out.printf("rush / the stack alone: %.2f of its requests/s (the target of 2000/s is %.2f of it)%n",
                    rate / all.perSecond(), 2000 / all.perSecond());
        }
    }

    // ---- Kafka's baseline ---------------------------------------------------------------------------------------

    private static void producerPerformance(ForumctlUp up, Path work, Map<String, Long> pids, long records, int recordSize,
            long transactionMs, RegistrationRush.Result rush) throws Exception {
        Map<String, Object> admin = new HashMap<>(up.kafkaClient(KafkaPrincipal.ADMIN));
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, up.bootstrapServers());
        try (Admin client = Admin.create(admin)) {
            // The broker's defaults, as the relay's topics have them (partitions, replication).
            client.createTopics(List.of(new NewTopic(PP_TOPIC, Optional.empty(), Optional.empty()))).all()
                    .get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> sasl = up.kafkaClient(KafkaPrincipal.ADMIN);
        System.out.printf("%n%s Kafka's ProducerPerformance, as fast as it goes (%d records of %d B)%n", LocalTime.now(),
                records, recordSize);
        ProcessCpu before = ProcessCpu.now(pids);
        ProducerPerformanceRun fast = ProducerPerformanceRun.run(work, up.bootstrapServers(), sasl, PP_TOPIC, records,
                recordSize, -1, "bench-pp-fast", transactionMs, records / 10);
        String fastCpu = ProcessCpu.now(pids).sharesSince(before);
        List<RegistrationRush.Sample> accepted = rush.acceptedInOrder();
        double rate = accepted.isEmpty() ? 100 : RegistrationRush.window(accepted, 0, accepted.size(), rush.startNanos())
                .perSecond();
        long paced = Math.max(1, Math.round(rate));
        long pacedRecords = Math.max(2000, Math.min(30_000, paced * 15));
        System.out.printf("%s Kafka's ProducerPerformance, paced at the rush's %d/s (%d records)%n", LocalTime.now(), paced,
                pacedRecords);
        ProducerPerformanceRun pacedRun = ProducerPerformanceRun.run(work, up.bootstrapServers(), sasl, PP_TOPIC,
                pacedRecords, recordSize, paced, "bench-pp-paced", transactionMs, pacedRecords / 10);
        System.out.println();
        System.out.printf("== Kafka's ProducerPerformance on the same broker: acks=all, transactional (one transactional "
                + "id, a commit every %d ms), %d B records, topic of the broker's defaults ==%n", transactionMs,
                recordSize);
        System.out.printf("%-44s %7s %11s %6s %6s %6s %6s%n", "(latency: a send to its ack, not to the commit)", "n",
                "records/s", "p50", "p95", "p99", "max");
        pp("as fast as it goes, steady state", fast.steady());
        pp("as fast as it goes, whole run", fast.total());
        pp("paced at the rush's rate, steady state", pacedRun.steady());
        System.out.println("CPU while it ran as fast as it goes: " + fastCpu);
        System.out.printf("rush / Kafka's tool as fast as it goes: %.3f of its records/s%n",
                rate / fast.steady().perSecond());
    }

    private static void pp(String what, ProducerPerformanceRun.Figures f) {
        System.out.printf("%-44s %7d %11.0f %6d %6d %6d %6.0f%n", what, f.records(), f.perSecond(), f.p50(), f.p95(),
                f.p99(), f.max());
    }

    // ---- processes ----------------------------------------------------------------------------------------------

    /** up's own JVM (the broker is in it), each process it runs, and this JVM (the clients), by name. */
    private static Map<String, Long> pids(ForumctlUp up) {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("up+broker", up.process().pid());
        for (String name : up.instanceNames()) {
            up.pid(name).ifPresent(pid -> pids.put(name, pid));
        }
        up.pid("mail-catcher").ifPresent(pid -> pids.put("mail-catcher", pid));
        pids.put("clients (this JVM)", ProcessHandle.current().pid());
        return pids;
    }

    private static void awaitReady(ForumctlUp up) {
        Awaitility.await().atMost(STEP).pollInterval(Duration.ofMillis(200))
                .until(() -> up.allReady() || !up.process().isAlive());
        if (!up.process().isAlive()) {
            throw new IllegalStateException("forumctl up ended:\n" + up.printed());
        }
    }

    /** Thread dumps of a JVM ({@code jcmd <pid> Thread.print}) when the rush's answers pass evenly spread marks. */
    static final class ThreadDumps implements IntConsumer {

        private final Path folder;
        private final Long pid;
        private final int every;
        private final int answers;
        private final AtomicInteger taken = new AtomicInteger();
        private final List<Thread> dumpers = new java.util.concurrent.CopyOnWriteArrayList<>();

        ThreadDumps(Path folder, Long pid, int dumps, int answers) {
            this.folder = folder;
            this.pid = pid;
            this.answers = answers;
            this.every = dumps <= 0 || pid == null ? Integer.MAX_VALUE : Math.max(1, answers / (dumps + 1));
        }

        @Override
        public void accept(int answered) {
            if (answered % every == 0 && answered < answers) {
                int n = taken.incrementAndGet();
                Thread dumper = new Thread(() -> dump(n), "thread-dump-" + n);
                dumper.setDaemon(true);
                dumpers.add(dumper);
                dumper.start();
            }
        }

        /** Waits for the dumps under way (each ends within 30 s): no jcmd is left running. */
        void awaitDone() throws InterruptedException {
            for (Thread dumper : dumpers) {
                dumper.join(TimeUnit.SECONDS.toMillis(40));
            }
        }

        private void dump(int n) {
            Path file = folder.resolve("registration-threads-" + n + ".txt");
            try {
                Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid), "Thread.print", "-l").redirectErrorStream(true)
                        .redirectOutput(file.toFile()).start();
                if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
                    jcmd.destroyForcibly();
                }
            } catch (IOException e) {
                System.out.println("thread dump " + n + " failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        int taken() {
            return taken.get();
        }

        Path folder() {
            return folder;
        }
    }
}
