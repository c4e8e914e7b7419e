package kz.civicrelay.e2e.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.sun.net.httpserver.HttpServer;

import kz.civicrelay.e2e.Mailbox;
import kz.civicrelay.e2e.RunningRelay;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.DeliveryChannel;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.NotificationDelivered;
import kz.civicrelay.events.NotificationKind;
import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.DemoDriver;
import kz.civicrelay.platform.log.EventLogReplay;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.reference.Region;
import kz.civicrelay.reference.Regions;
import kz.civicrelay.schemas.serde.AvroEventDeserializer;

/**
 * Delivery latency, measured, not asserted (issue 11): from {@code BatonPassed} appended to {@code relay.handoff}
 * to the handoff's notifications reaching every region's subscriptions, a webhook and an e-mail address each.
 *
 * <p>The relay runs as the e2e tests run it ({@link RunningRelay}: broker, every service in its own JVM, the GreenMail
 * mail catcher). Each of the 20 regions subscribes one webhook, a JDK {@link HttpServer} in this JVM that notes the
 * arrival time ({@link System#currentTimeMillis()}) of each {@code webhook-id} and answers 204, and one e-mail
 * address at the mail catcher. Whole series run through the services' APIs (the {@code forumctl demo} driver): 19
 * handoffs × 20 regions = 380 notifications a series, each sent by webhook and by e-mail.
 *
 * <p>Per notification, t0 is the append time of the {@code BatonPassed} whose {@code toForumId} is the
 * notification's forum (its record timestamp, taken at handoff's send; the notifications are written in the same
 * transaction). Webhook: the arrival at the receiver − t0. E-mail: the append time of the e-mail's
 * {@code NotificationDelivered} − t0 (the mail catcher accepted the mail, then delivery recorded it: the e-mail figure
 * includes the outcome's transaction; the time the server accepted it is also read from delivery's own log line). For
 * comparison the webhook's {@code NotificationDelivered} − t0 as well.
 * {@code SERIES_COMPLETED} notifications (told under the last forum's id, no baton) and reminders are left out.
 *
 * <p>Same-run baselines: Kafka's {@code EndToEndLatency} (one non-transactional hop), one SMTP send of a real
 * delivered mail to the same catcher (a new connection each, as Spring's mail sender opens one per send), one HTTP
 * POST of a real delivered body to the same receiver (JDK {@link HttpClient}, as delivery's webhook channel).
 *
 * <p>System properties: {@code bench.warmup} (series first, not measured, default 1), {@code bench.series}
 * (measured series, default 2), {@code bench.e2e.records} (records of Kafka's tool, default 2000),
 * {@code bench.raw.sends} (SMTP sends and HTTP POSTs of the raw baselines, each, default 200),
 * {@code bench.service-properties} (diagnostics: comma-separated settings given to every service),
 * {@code bench.handoff.pause.ms} (diagnostics: a pause after each forum's completion, so handoffs come further apart
 * than the demo driver makes them; default 0).
 */
public final class DeliveryLatencyBenchmark {

    private static final Duration SETTLE = Duration.ofMinutes(3);

    private DeliveryLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int series = Integer.getInteger("bench.series", 2);
        int warmup = Integer.getInteger("bench.warmup", 1);
        int records = Integer.getInteger("bench.e2e.records", 2000);
        int rawSends = Integer.getInteger("bench.raw.sends", 200);
        long pause = Long.getLong("bench.handoff.pause.ms", 0);
        List<String> serviceArgs = java.util.Arrays.stream(System.getProperty("bench.service-properties", "").split(","))
                .map(String::strip).filter(p -> !p.isEmpty()).map(p -> "--" + p).toList();
        Receiver receiver = Receiver.start();
        try (RunningRelay relay = new RunningRelay(serviceArgs)) {
            String bootstrap = relay.system.bootstrapServers();
            Session operator = relay.operator();
            Mailbox mailbox = relay.mailbox();
            for (Region region : Regions.all()) {
                subscribe(relay.deliveryUrl(), operator, region.code(), "webhook", receiver.url(region.code()));
                subscribe(relay.deliveryUrl(), operator, region.code(), "email", mailAddress(region.code()));
            }
            System.out.printf("%s %d regions subscribed (webhook %s, e-mail at the catcher's SMTP port %d)%n",
                    LocalTime.now(), Regions.all().size(), receiver.url("<region>"), mailbox.smtpPort());
            for (int w = 1; w <= warmup; w++) {
                String seriesId = "bench-delivery-warmup-" + w;
                runSeries(relay, operator, seriesId, LocalDate.of(2030 - w, 3, 10), pause);
                awaitDelivered(bootstrap, seriesId);
            }
            System.out.printf("%s warm-up done (%d series)%n", LocalTime.now(), warmup);
            KafkaLatency kafka = KafkaLatency.measure(bootstrap, "bench.latency.delivery", records);
            System.out.printf("%s Kafka's EndToEndLatency done%n", LocalTime.now());
            List<Sample> samples = new ArrayList<>();
            CpuTicks measuring = CpuTicks.now();
            for (int i = 1; i <= series; i++) {
                String seriesId = "bench-delivery-" + i;
                runSeries(relay, operator, seriesId, LocalDate.of(2030 + i, 3, 10), pause);
                awaitDelivered(bootstrap, seriesId);
                System.out.printf("%s series %d/%d delivered%n", LocalTime.now(), i, series);
            }
            String machine = CpuTicks.now().busySince(measuring);
            Set<String> measured = new HashSet<>();
            for (int i = 1; i <= series; i++) {
                measured.add("bench-delivery-" + i);
            }
            Log log = Log.read(bootstrap);
            samples.addAll(log.samples(measured, receiver.arrivals));
            Map<String, Long> smtpAccepted = smtpAccepted(relay.system.service(
                    kz.civicrelay.forumctl.system.RelayService.DELIVERY).logFile());
            // The raw baselines, after the series with the relay idle, from this JVM to the same catcher and receiver,
            // with a real mail and a real webhook body of the run.
            String sampleAddress = mailAddress(Regions.all().get(0).code());
            String mime = mailbox.messages(sampleAddress).stream().reduce((a, b) -> b)
                    .map(m -> m.get("mimeMessage").asText()).orElseThrow(() -> new IllegalStateException(
                            "no mail at " + sampleAddress));
            Latencies smtp = rawSmtp(mailbox.smtpPort(), mime, rawSends);
            Latencies http = rawHttp(receiver, rawSends);
            System.out.printf("%s raw baselines done%n", LocalTime.now());
            writeSamples(samples, smtpAccepted);
            report(samples, smtpAccepted, measured, kafka, smtp, http, machine, mime.length(),
                    receiver.lastBody.get().length, serviceArgs, pause);
        } finally {
            receiver.stop();
        }
    }

    /** A whole series through the APIs; {@code pauseMillis} after each forum's completion (0: as the demo runs). */
    private static void runSeries(RunningRelay relay, Session operator, String seriesId, LocalDate firstDay,
            long pauseMillis) {
        new DemoDriver(relay.endpoints, operator::bearer, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run(seriesId, firstDay, forumId -> {
                    if (pauseMillis > 0) {
                        try {
                            Thread.sleep(pauseMillis);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
    }

    private static String mailAddress(String regionCode) {
        return regionCode.toLowerCase(java.util.Locale.ROOT) + "@bench.civicrelay.kz";
    }

    // ---- subscriptions ----------------------------------------------------------------------------------------

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static void subscribe(String deliveryUrl, Session operator, String owner, String channel, String address)
            throws IOException, InterruptedException {
        String body = "{\"owner\":\"" + owner + "\",\"channel\":\"" + channel + "\",\"address\":\"" + address
                + "\",\"languages\":[\"kk\",\"ru\"]}";
        String token = operator.bearer().orElseThrow(() -> new IllegalStateException("the operator is not signed in"));
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(deliveryUrl + "/api/subscriptions"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            // The body may hold the webhook's secret only on 201; an error body names the problem.
            throw new IllegalStateException("subscribing " + owner + " " + channel + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
    }

    // ---- the webhook receiver ---------------------------------------------------------------------------------

    /** A JDK HttpServer on loopback: the first arrival time of each webhook-id, answered 204. */
    static final class Receiver {

        final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        final AtomicReference<byte[]> lastBody = new AtomicReference<>(new byte[0]);
        final AtomicReference<String> lastContentType = new AtomicReference<>("application/cloudevents+json");
        private final HttpServer server;
        private final ExecutorService threads;

        private Receiver(HttpServer server, ExecutorService threads) {
            this.server = server;
            this.threads = threads;
        }

        static Receiver start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            ExecutorService threads = Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "webhook-receiver");
                t.setDaemon(true);
                return t;
            });
            Receiver receiver = new Receiver(server, threads);
            server.createContext("/hook/", exchange -> {
                long arrived = System.currentTimeMillis();
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                if (id != null && !id.startsWith("baseline-")) {
                    receiver.arrivals.putIfAbsent(id, arrived);
                    if (!id.startsWith("verification-")) {
                        receiver.lastBody.set(body);
                        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type"))
                                .ifPresent(receiver.lastContentType::set);
                    }
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.setExecutor(threads);
            server.start();
            return receiver;
        }

        String url(String region) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/" + region;
        }

        void stop() {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    // ---- the log ----------------------------------------------------------------------------------------------

    record Notification(String id, String seriesId, String forumId, String region, NotificationKind kind,
            long appended) {
    }

    /** The committed events the measurement needs, with their append times. */
    record Log(Map<String, Long> batonAppended, Map<String, Notification> notifications,
            Map<String, Map<DeliveryChannel, ConsumerRecord<String, SpecificRecord>>> delivered) {

        static Log read(String bootstrap) {
            var replay = new EventLogReplay(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroEventDeserializer.class));
            Map<String, Long> batons = new HashMap<>();
            Map<String, Notification> notifications = new HashMap<>();
            Map<String, Map<DeliveryChannel, ConsumerRecord<String, SpecificRecord>>> delivered = new HashMap<>();
            for (ConsumerRecord<String, SpecificRecord> record : replay.readAll(List.of(RelayTopic.HANDOFF.topicName(),
                    RelayTopic.NOTIFICATIONS.topicName(), RelayTopic.DELIVERY.topicName()))) {
                if (record.value() instanceof BatonPassed baton) {
                    batons.putIfAbsent(baton.getToForumId(), record.timestamp());
                } else if (record.value() instanceof HandoffNotificationIssued n) {
                    notifications.putIfAbsent(n.getNotificationId(), new Notification(n.getNotificationId(),
                            n.getEnvelope().getSeriesId(), n.getEnvelope().getForumId(), n.getRecipientRegionCode(),
                            n.getKind(), record.timestamp()));
                } else if (record.value() instanceof NotificationDelivered d) {
                    delivered.computeIfAbsent(d.getNotificationId(), k -> new java.util.EnumMap<>(DeliveryChannel.class))
                            .putIfAbsent(d.getChannel(), record);
                }
            }
            return new Log(batons, notifications, delivered);
        }

        /** The notifications of these series that follow a baton (not the end of the series, not reminders). */
        List<Notification> measurable(Set<String> seriesIds) {
            return notifications.values().stream().filter(n -> seriesIds.contains(n.seriesId()))
                    .filter(n -> n.kind() != NotificationKind.SERIES_COMPLETED && n.kind() != NotificationKind.BATON_REMINDER)
                    .filter(n -> batonAppended.containsKey(n.forumId())).toList();
        }

        long undelivered(Set<String> seriesIds) {
            return measurable(seriesIds).stream().mapToLong(n -> {
                var channels = delivered.getOrDefault(n.id(), Map.of());
                return (channels.containsKey(DeliveryChannel.EMAIL) ? 0 : 1)
                        + (channels.containsKey(DeliveryChannel.WEBHOOK) ? 0 : 1);
            }).sum();
        }

        List<Sample> samples(Set<String> seriesIds, Map<String, Long> arrivals) {
            List<Sample> samples = new ArrayList<>();
            for (Notification n : measurable(seriesIds)) {
                var channels = delivered.getOrDefault(n.id(), Map.of());
                var email = channels.get(DeliveryChannel.EMAIL);
                var webhook = channels.get(DeliveryChannel.WEBHOOK);
                samples.add(new Sample(n, batonAppended.get(n.forumId()), arrivals.getOrDefault(n.id(), -1L),
                        webhook == null ? -1 : webhook.timestamp(), email == null ? -1 : email.timestamp(),
                        attempt(webhook), attempt(email)));
            }
            samples.sort(Comparator.comparingLong(Sample::t0).thenComparing(s -> s.notification().region()));
            return samples;
        }

        private static int attempt(ConsumerRecord<String, SpecificRecord> record) {
            return record == null ? 0 : ((NotificationDelivered) record.value()).getAttempt();
        }
    }

    /** One notification: t0 and what followed, in epoch ms (-1: never). */
    record Sample(Notification notification, long t0, long webhookArrived, long webhookRecorded, long emailRecorded,
            int webhookAttempt, int emailAttempt) {
    }

    /**
     * Waits until every notification of the series that follows a baton was delivered on both channels (and their
     * count held between two looks, a second apart); after {@code SETTLE}, measures what arrived.
     */
    private static void awaitDelivered(String bootstrap, String seriesId) {
        java.util.concurrent.atomic.AtomicLong missing = new java.util.concurrent.atomic.AtomicLong(-1);
        java.util.concurrent.atomic.AtomicInteger previous = new java.util.concurrent.atomic.AtomicInteger(-1);
        try {
            org.awaitility.Awaitility.await().atMost(SETTLE).pollInterval(Duration.ofSeconds(1)).until(() -> {
                Log log = Log.read(bootstrap);
                int expected = log.measurable(Set.of(seriesId)).size();
                missing.set(log.undelivered(Set.of(seriesId)));
                return expected > 0 && previous.getAndSet(expected) == expected && missing.get() == 0;
            });
            System.out.printf("%s series %s: %d notifications delivered on both channels%n", LocalTime.now(),
                    seriesId, previous.get());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            System.out.printf("%s series %s: %d deliveries still missing after %s; measuring what arrived%n",
                    LocalTime.now(), seriesId, missing.get(), SETTLE);
        }
    }

    // ---- raw baselines ----------------------------------------------------------------------------------------

    /** One SMTP conversation a mail, a new connection each (EHLO, MAIL, RCPT, DATA, QUIT), as a client that sends and leaves. */
    private static Latencies rawSmtp(int port, String mime, int sends) throws IOException {
        String data = mime.replace("\r\n", "\n").replace("\n", "\r\n");
        StringBuilder stuffed = new StringBuilder();
        for (String line : data.split("\r\n", -1)) {
            stuffed.append(line.startsWith(".") ? "." + line : line).append("\r\n");
        }
        String message = stuffed.toString();
        List<Long> samples = new ArrayList<>();
        for (int i = -20; i < sends; i++) { // 20 not measured
            long start = System.nanoTime();
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setTcpNoDelay(true);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                Writer out = new java.io.OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                expect(in, "220");
                command(out, in, "EHLO bench", "250");
                command(out, in, "MAIL FROM:<relay@civicrelay.kz>", "250");
                command(out, in, "RCPT TO:<baseline@bench.civicrelay.kz>", "250");
                command(out, in, "DATA", "354");
                out.write(message);
                command(out, in, ".", "250");
                command(out, in, "QUIT", "221");
            }
            if (i >= 0) {
                samples.add(Math.round((System.nanoTime() - start) / 1e6));
            }
        }
        return Latencies.of(samples);
    }

    private static void command(Writer out, BufferedReader in, String line, String code) throws IOException {
        out.write(line + "\r\n");
        out.flush();
        expect(in, code);
    }

    /** Reads a (multi-line) reply; fails unless it has the expected code. */
    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null || !line.startsWith(code)) {
                throw new IOException("SMTP: expected " + code + ", got " + line);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
    }

    /** POSTs of a real delivered body to the receiver, one at a time, on one client as delivery's webhook channel. */
    private static Latencies rawHttp(Receiver receiver, int sends) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        byte[] body = receiver.lastBody.get();
        List<Long> samples = new ArrayList<>();
        for (int i = -20; i < sends; i++) {
            long start = System.nanoTime();
            int status = http.send(HttpRequest.newBuilder(URI.create(receiver.url("KZ-BASELINE")))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", receiver.lastContentType.get())
                    .header("webhook-id", "baseline-" + i).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 204) {
                throw new IllegalStateException("the receiver answered " + status);
            }
            if (i >= 0) {
                samples.add(Math.round((System.nanoTime() - start) / 1e6));
            }
        }
        return Latencies.of(samples);
    }

    // ---- report -----------------------------------------------------------------------------------------------

    private static void report(List<Sample> samples, Map<String, Long> smtpAccepted, Set<String> measured, KafkaLatency kafka, Latencies smtp,
            Latencies http, String machine, int mailChars, int bodyBytes, List<String> serviceArgs, long pause) {
        System.out.println();
        System.out.println("== Delivery latency and its baselines: same broker, same run (ms; n = samples) ==");
        System.out.printf("%d measured series, %d notifications that follow a baton (SERIES_COMPLETED left out)%n",
                measured.size(), samples.size());
        System.out.printf("%-78s %5s %6s %6s %6s %6s%n", "", "n", "p50", "p90", "p99", "max");
        row("webhook: BatonPassed appended -> POST arrived at the receiver", samples, s -> s.webhookArrived() < 0 ? -1
                : s.webhookArrived() - s.t0());
        row("e-mail: BatonPassed appended -> NotificationDelivered(EMAIL) appended", samples,
                s -> s.emailRecorded() < 0 ? -1 : s.emailRecorded() - s.t0());
        System.out.println("  (the SMTP server accepted the mail, then delivery recorded the outcome in a transaction)");
        row("  e-mail: BatonPassed appended -> SMTP accepted (delivery's log line)", samples,
                s -> smtpAccepted.getOrDefault(s.notification().id(), -1L) < 0 ? -1
                        : smtpAccepted.get(s.notification().id()) - s.t0());
        row("  e-mail: SMTP accepted (log line) -> its NotificationDelivered appended", samples,
                s -> smtpAccepted.getOrDefault(s.notification().id(), -1L) < 0 || s.emailRecorded() < 0 ? -1
                        : s.emailRecorded() - smtpAccepted.get(s.notification().id()));
        row("webhook: BatonPassed appended -> NotificationDelivered(WEBHOOK) appended", samples,
                s -> s.webhookRecorded() < 0 ? -1 : s.webhookRecorded() - s.t0());
        row("  webhook arrived -> its NotificationDelivered appended", samples,
                s -> s.webhookRecorded() < 0 || s.webhookArrived() < 0 ? -1 : s.webhookRecorded() - s.webhookArrived());
        // Per handoff: the first arrival is the dispatcher's reaction; the spread is 40 sends on the senders.
        Map<String, List<Sample>> byHandoff = new TreeMap<>();
        samples.forEach(s -> byHandoff.computeIfAbsent(s.notification().forumId(), k -> new ArrayList<>()).add(s));
        List<Long> first = new ArrayList<>();
        List<Long> last = new ArrayList<>();
        for (List<Sample> handoff : byHandoff.values()) {
            long t0 = handoff.get(0).t0();
            handoff.stream().mapToLong(Sample::webhookArrived).filter(a -> a >= 0).min().ifPresent(a -> first.add(a - t0));
            handoff.stream().flatMapToLong(s -> java.util.stream.LongStream.of(s.webhookArrived(), s.emailRecorded()))
                    .filter(a -> a >= 0).max().ifPresent(a -> last.add(a - t0));
        }
        if (!first.isEmpty()) {
            row("per handoff: BatonPassed appended -> its first webhook arrived", Latencies.of(first));
            row("per handoff: BatonPassed appended -> its last (of 40) delivered", Latencies.of(last));
        }
        List<Long> notifiedLag = samples.stream().map(s -> s.notification().appended() - s.t0()).toList();
        row("  (HandoffNotificationIssued appended - BatonPassed appended, same txn)", Latencies.of(notifiedLag));
        System.out.printf("%-78s %5d %6d %6d %6d %6d%n", "raw SMTP send to the same catcher (new connection, "
                + mailChars + " chars)", smtp.count(), smtp.p50(), smtp.p90(), smtp.p99(), smtp.max());
        System.out.printf("%-78s %5d %6d %6d %6d %6d%n", "raw HTTP POST to the same receiver (JDK HttpClient, "
                + bodyBytes + " B)", http.count(), http.p50(), http.p90(), http.p99(), http.max());
        System.out.printf("%-78s %5s %6.1f %6s %6.1f %6s%n", "Kafka EndToEndLatency: one hop, acks=all, not transactional",
                "", kafka.p50(), "-", kafka.p99(), "-");
        long missingWebhook = samples.stream().filter(s -> s.webhookArrived() < 0).count();
        long missingEmail = samples.stream().filter(s -> s.emailRecorded() < 0).count();
        long retried = samples.stream().filter(s -> s.webhookAttempt() > 1 || s.emailAttempt() > 1).count();
        System.out.printf("not delivered: %d webhook, %d e-mail; delivered only after a retry: %d%n", missingWebhook,
                missingEmail, retried);
        Map<NotificationKind, Long> kinds = new TreeMap<>();
        samples.forEach(s -> kinds.merge(s.notification().kind(), 1L, Long::sum));
        System.out.println("kinds measured: " + kinds);
        // Demand against what delivery recorded: if outcomes are recorded more slowly than handoffs issue them, the
        // figures above are a queue's, growing through each series.
        for (String seriesId : new java.util.TreeSet<>(measured)) {
            List<Sample> own = samples.stream().filter(s -> s.notification().seriesId().equals(seriesId)).toList();
            if (own.isEmpty()) {
                continue;
            }
            long[] batons = own.stream().mapToLong(Sample::t0).distinct().sorted().toArray();
            long[] recorded = own.stream().flatMapToLong(s -> java.util.stream.LongStream.of(s.webhookRecorded(),
                    s.emailRecorded())).filter(t -> t >= 0).sorted().toArray();
            double issuedSpan = (batons[batons.length - 1] - batons[0]) / 1000.0;
            double recordedSpan = (recorded[recorded.length - 1] - recorded[0]) / 1000.0;
            long lastBaton = batons[batons.length - 1];
            long backlog = 2L * own.size() - java.util.Arrays.stream(recorded).filter(t -> t <= lastBaton).count();
            System.out.printf("%s: %d handoffs %.2f s apart, issuing %.1f deliveries/s (2 channels); %d outcomes recorded"
                    + " in %.1f s, %.1f/s; at the last baton %d deliveries not yet recorded%n", seriesId, batons.length,
                    issuedSpan / Math.max(1, batons.length - 1), 2 * own.size() / Math.max(0.001, issuedSpan),
                    recorded.length, recordedSpan, recorded.length / Math.max(0.001, recordedSpan), backlog);
        }
        if (pause > 0) {
            System.out.printf("paced: %d ms after each forum's completion (bench.handoff.pause.ms; diagnostics)%n", pause);
        }
        System.out.printf("machine busy (all processes): %s while the measured series ran%n", machine);
        if (!serviceArgs.isEmpty()) {
            System.out.println("services started with " + serviceArgs + " (diagnostics)");
        }
        System.out.println("every sample: target/bench-delivery.csv");
        System.out.println("slowest webhooks (to look up in delivery's log):");
        samples.stream().filter(s -> s.webhookArrived() >= 0)
                .sorted(Comparator.comparingLong((Sample s) -> s.webhookArrived() - s.t0()).reversed()).limit(3)
                .forEach(s -> System.out.printf("  %d ms: %s %s %s, BatonPassed %s, arrived %s%n",
                        s.webhookArrived() - s.t0(), s.notification().id(), s.notification().region(),
                        s.notification().kind(), Instant.ofEpochMilli(s.t0()), Instant.ofEpochMilli(s.webhookArrived())));
    }

    private static void row(String what, List<Sample> samples, ToLongFunction<Sample> latency) {
        List<Long> values = samples.stream().mapToLong(latency).filter(v -> v >= 0).boxed().toList();
        if (values.isEmpty()) {
            System.out.printf("%-78s %5d%n", what, 0);
            return;
        }
        row(what, Latencies.of(values));
    }

    private static void row(String what, Latencies latencies) {
        System.out.printf("%-78s %5d %6d %6d %6d %6d%n", what, latencies.count(), latencies.p50(), latencies.p90(),
                latencies.p99(), latencies.max());
    }

    /**
     * When the mail server accepted each notification's mail, from delivery's own log line ("Mail of {id} to
     * subscription … accepted by the mail server", logged by the sending thread as the send returns; ms, UTC).
     */
    private static Map<String, Long> smtpAccepted(Path deliveryLog) {
        java.util.regex.Pattern accepted = java.util.regex.Pattern.compile(
                "^(\\S+)\\s.*Mail of (\\S+) to subscription \\S+ \\(attempt \\d+\\) accepted by the mail server");
        Map<String, Long> times = new HashMap<>();
        try (var lines = Files.lines(deliveryLog, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                var m = accepted.matcher(line);
                if (m.find()) {
                    try {
                        times.putIfAbsent(m.group(2), Instant.parse(m.group(1)).toEpochMilli());
                    } catch (java.time.format.DateTimeParseException e) {
                        // not a time stamp: leave it out
                    }
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            System.out.println("delivery's log not readable (" + e.getMessage() + "): no SMTP acceptance times");
        }
        return times;
    }

    private static void writeSamples(List<Sample> samples, Map<String, Long> smtpAccepted) throws IOException {
        Path target = Path.of(System.getProperty("relay.e2e.work", "target"));
        List<String> lines = new ArrayList<>(List.of(
                "notification_id,series,forum,region,kind,baton_appended_ms,notification_appended_ms,"
                        + "webhook_arrived_ms,webhook_recorded_ms,smtp_accepted_log_ms,email_recorded_ms,webhook_attempt,email_attempt"));
        for (Sample s : samples) {
            Notification n = s.notification();
            lines.add(String.join(",", n.id(), n.seriesId(), n.forumId(), n.region(), n.kind().name(),
                    Long.toString(s.t0()), Long.toString(n.appended()), Long.toString(s.webhookArrived()),
                    Long.toString(s.webhookRecorded()), Long.toString(smtpAccepted.getOrDefault(n.id(), -1L)),
                    Long.toString(s.emailRecorded()),
                    Integer.toString(s.webhookAttempt()), Integer.toString(s.emailAttempt())));
        }
        Files.write(target.resolve("bench-delivery.csv"), lines);
    }
}
