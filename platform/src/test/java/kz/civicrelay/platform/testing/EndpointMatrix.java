package kz.civicrelay.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * A service's role × endpoint matrix, tried for real over HTTP (decision 0015). The matrix is a table:
 * a header naming the callers (each a token, or none for the public), then one row per request, {@code METHOD
 * path} and, per caller, {@code ok} (allowed: neither 401 nor 403), {@code 401} or {@code 403}. Rows are
 * tried in order; in a row, the refused callers first (so the thing is still there), then the allowed ones.
 *
 * <p>It checks that every endpoint the service maps is in the table (a new endpoint cannot slip past the
 * matrix), that each refused request appends nothing to any relay topic, and that every row refuses an
 * expired, forged, wrong-audience and wrong-issuer token with 401. A table without a {@code monitor} column has
 * the machine role monitor tried on every row too: allowed on {@value #METRICS} and where the public is, 403
 * anywhere else.
 */
public final class EndpointMatrix {

    /** Every service's metrics: operators, auditors and the machine role monitor read them. */
    public static final String METRICS = "/actuator/prometheus";
    private static final String MONITOR = "monitor";

    private final String baseUrl;
    private final Map<String, @Nullable String> callers = new LinkedHashMap<>();
    private final Map<String, String> bodies = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private java.util.function.Supplier<String> output = () -> "";

    private EndpointMatrix(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static EndpointMatrix at(String baseUrl) {
        return new EndpointMatrix(baseUrl);
    }

    /** A column of the table: {@code token} null for the public. */
    public EndpointMatrix caller(String column, @Nullable String token) {
        callers.put(column, token);
        return this;
    }

    /** What the service under test logged (e.g. JUnit's {@code CapturedOutput::getAll}): no token may appear in it. */
    public EndpointMatrix output(java.util.function.Supplier<String> captured) {
        this.output = captured;
        return this;
    }

    /** The JSON body sent with {@code METHOD path} (a row's first two cells). */
    public EndpointMatrix body(String request, String json) {
        bodies.put(request, json);
        return this;
    }

    /** Every mapped endpoint of {@code mappings} is matched by a row of {@code table}. */
    public static void assertCovers(RequestMappingHandlerMapping mappings, String table) {
        List<Row> rows = parse(table).rows;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("kz.civicrelay")) {
                continue;
            }
            Set<PathPattern> patterns = info.getPathPatternsCondition() == null ? Set.of()
                    : info.getPathPatternsCondition().getPatterns();
            Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(Collectors.toSet());
            for (PathPattern pattern : patterns) {
                for (String method : methods.isEmpty() ? Set.of("GET") : methods) {
                    boolean covered = rows.stream().anyMatch(r -> r.method.equals(method)
                            && pattern.matches(PathContainer.parsePath(URI.create(r.path).getPath())));
                    if (!covered) {
                        missing.add(method + " " + pattern.getPatternString());
                    }
                }
            }
        }
        assertThat(missing).as("endpoints missing from the role × endpoint matrix").isEmpty();
    }

    /** Tries every cell of {@code table}; {@code bootstrapServers} is where refused requests must append nothing. */
    public void assertTable(String table, String bootstrapServers) throws Exception {
        Parsed parsed = parse(table);
        assertThat(callers.keySet()).as("callers named in the table header").containsAll(parsed.columns);
        List<String> failures = new ArrayList<>();
        try (Admin admin = Admin.create(adminProperties(bootstrapServers))) {
            for (Row row : parsed.rows) {
                for (String bad : List.of(TestIssuer.expired(), TestIssuer.forged(), TestIssuer.wrongAudience(),
                        TestIssuer.wrongIssuer())) {
                    refusedCell(admin, row, "bad token", bad, 401, failures);
                }
                for (int i = 0; i < parsed.columns.size(); i++) {
                    if (!row.cells.get(i).equals("ok")) {
                        String column = parsed.columns.get(i);
                        refusedCell(admin, row, column, callers.get(column), Integer.parseInt(row.cells.get(i)), failures);
                    }
                }
                if (!parsed.columns.contains(MONITOR)) {
                    monitorCell(admin, parsed, row, failures);
                }
                for (int i = 0; i < parsed.columns.size(); i++) {
                    if (row.cells.get(i).equals("ok")) {
                        String column = parsed.columns.get(i);
                        HttpResponse<String> response = send(row, callers.get(column));
                        if (response.statusCode() == 401 || response.statusCode() == 403) {
                            failures.add(row + " as " + column + ": expected allowed, got " + response.statusCode()
                                    + " " + response.body());
                        }
                    }
                }
            }
        }
        assertThat(failures).as("cells of the role × endpoint matrix that do not hold").isEmpty();
        assertNoTokenLeaked(bootstrapServers);
    }

    /**
     * The machine role monitor (Prometheus, decision 0027) on a row of a table without a column of its own: it
     * reads the metrics, and elsewhere only what the public may (it is let in where the public is, 403 anywhere else).
     */
    private void monitorCell(Admin admin, Parsed parsed, Row row, List<String> failures) throws Exception {
        int publicColumn = parsed.columns.indexOf("public");
        boolean allowed = row.path.equals(METRICS) || publicColumn >= 0 && row.cells.get(publicColumn).equals("ok");
        if (!allowed) {
            refusedCell(admin, row, MONITOR, TestIssuer.monitor(), 403, failures);
            return;
        }
        HttpResponse<String> response = send(row, TestIssuer.monitor());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            failures.add(row + " as " + MONITOR + ": expected allowed, got " + response.statusCode());
        }
    }

    /** No token signed in this JVM appears in the captured log output or in any record of a relay topic. */
    private void assertNoTokenLeaked(String bootstrapServers) {
        String logged = output.get();
        List<String> log = TopicBytes.all(bootstrapServers, "relay.");
        for (String token : TestIssuer.issued()) {
            String signature = token.substring(token.lastIndexOf('.') + 1);
            assertThat(logged).as("a token in the log output").doesNotContain(signature);
            assertThat(log).as("a token in an event").noneMatch(record -> record.contains(signature));
        }
    }

    private void refusedCell(Admin admin, Row row, String column, @Nullable String token, int expected,
            List<String> failures) throws Exception {
        Map<TopicPartition, Long> before = endOffsets(admin);
        HttpResponse<String> response = send(row, token);
        if (response.statusCode() != expected) {
            failures.add(row + " as " + column + ": expected " + expected + ", got " + response.statusCode() + " "
                    + response.body());
            return;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            failures.add(row + " as " + column + ": refusal is not application/problem+json");
        }
        if (token != null && response.body().contains(token)) {
            failures.add(row + " as " + column + ": the refusal repeats the token");
        }
        Map<TopicPartition, Long> after = endOffsets(admin);
        if (!after.equals(before) && !recordsBetween(admin, before, after).isEmpty()) {
            failures.add(row + " as " + column + ": refused, yet appended to the log "
                    + recordsBetween(admin, before, after));
        }
    }

    private HttpResponse<String> send(Row row, @Nullable String token) throws Exception {
        String body = bodies.get(row.method + " " + row.path);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + row.path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(row.method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), EndpointMatrix::bodyUnlessStream);
    }

    /**
     * The body as text; an event stream, which never ends, is left unread and closed once its status and headers
     * have come, which is all a cell asks.
     */
    private static HttpResponse.BodySubscriber<String> bodyUnlessStream(HttpResponse.ResponseInfo response) {
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), stream -> {
                try (stream) {
                    return "(event stream)";
                } catch (java.io.IOException e) {
                    return "(event stream)";
                }
            });
        }
        return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith("relay.")).collect(Collectors.toSet());
        Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((name, description) ->
                description.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /**
     * What was appended between two sets of end offsets: the records, not the transaction markers. A commit returns
     * once the coordinator decided it, and its markers reach the partitions a moment later: an earlier allowed
     * request's marker may move an end offset while a refused one is tried.
     */
    private static List<String> recordsBetween(Admin admin, Map<TopicPartition, Long> before,
            Map<TopicPartition, Long> after) throws Exception {
        String bootstrap = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).stream().findFirst()
                .map(n -> n.host() + ":" + n.port()).orElseThrow();
        Map<TopicPartition, Long> moved = after.entrySet().stream()
                .filter(e -> !e.getValue().equals(before.getOrDefault(e.getKey(), 0L)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrap);
        properties.put("isolation.level", "read_uncommitted");
        properties.put("enable.auto.commit", "false");
        List<String> records = new ArrayList<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(properties,
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.assign(moved.keySet());
            moved.keySet().forEach(tp -> consumer.seek(tp, before.getOrDefault(tp, 0L)));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (moved.keySet().stream().anyMatch(tp -> consumer.position(tp) < moved.get(tp))
                    && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < moved.get(tp)) {
                        records.add(tp + "@" + record.offset());
                    }
                }
            }
        }
        return records;
    }

    private static Properties adminProperties(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return properties;
    }

    private static Parsed parse(String table) {
        List<String> lines = table.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> columns = List.of(lines.get(0).split("\\s*\\|\\s*")).subList(1, lines.get(0).split("\\s*\\|\\s*").length);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\s*\\|\\s*");
            String[] request = cells[0].split("\\s+", 2);
            List<String> outcomes = List.of(cells).subList(1, cells.length);
            if (outcomes.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + outcomes.size() + " cells for " + columns.size()
                        + " callers: " + line);
            }
            outcomes.forEach(o -> {
                if (!Set.of("ok", "401", "403").contains(o)) {
                    throw new IllegalArgumentException("cell must be ok, 401 or 403: " + o + " in " + line);
                }
            });
            rows.add(new Row(request[0], request[1], outcomes));
        }
        return new Parsed(columns, rows);
    }

    private record Parsed(List<String> columns, List<Row> rows) {
    }

    private record Row(String method, String path, List<String> cells) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
