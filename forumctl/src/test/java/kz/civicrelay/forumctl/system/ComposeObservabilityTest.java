package kz.civicrelay.forumctl.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * docker-compose's watchers (decision 0027), read as the tools will read them: the OpenTelemetry Collector passes
 * the services' spans from OTLP to Jaeger, Prometheus scrapes every relay instance, the console and the issuer with
 * a monitor's token, Grafana is provisioned with the relay's dashboard, whose every query names a meter the relay
 * has; and every relay process sends its spans to the collector and logs JSON lines. (ComposeFileTest runs
 * {@code docker-compose config} on the whole file where the tool exists.)
 */
class ComposeObservabilityTest {

    /** The watchers' services in the compose file. */
    static final List<String> WATCHERS = List.of("otel-collector", "jaeger", "prometheus", "grafana");
    /** Their ports on the host: OTLP gRPC and HTTP, Jaeger's page, Prometheus, Grafana. */
    static final List<Integer> WATCHER_HOST_PORTS = List.of(4317, 4318, 16686, 9090, 3000);

    /** Every meter of the relay's own (decision 0027), as Prometheus names them. */
    private static final Set<String> RELAY_METERS = Set.of("relay_baton_position", "relay_batons_passed_total",
            "relay_consumer_lag", "relay_handoff_latency_seconds_bucket", "relay_registrations_accepted_total",
            "relay_registrations_waitlisted_total", "relay_registrations_refused_total",
            "relay_notifications_delivered_total", "relay_notifications_failed_total", "relay_dead_letters_total",
            "relay_state_rebuild_duration_seconds", "relay_state_rebuild_records", "relay_state_events");

    private static final Path HOME = Path.of(System.getProperty("relay.home", "..")).toAbsolutePath().normalize();
    private static final Path WATCHING = HOME.resolve("deploy/observability");

    @Test
    void eachWatcherRunsAPinnedImage() throws IOException {
        for (String watcher : WATCHERS) {
            String image = String.valueOf(service(watcher).get("image"));
            assertThat(image).as(watcher).matches("[a-z0-9./-]+:v?[0-9][0-9A-Za-z.-]*");
        }
    }

    @Test
    void everyRelayProcessSendsItsSpansToTheCollectorAndLogsJsonLines() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        List<String> relay = new ArrayList<>();
        services.forEach((name, service) -> {
            // a relay process names its instance; the issuer and kafka-setup (forumctl, one-shot) do not
            if (String.valueOf(map(service).get("command")).contains("--relay.instance.id=")) {
                relay.add(name);
            }
        });
        assertThat(relay).as("instances a and b of five services, and the console").hasSize(11);
        for (String name : relay) {
            Map<String, Object> env = map(map(services.get(name)).get("environment"));
            assertThat(env).as(name).containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
                    "http://otel-collector:4318/v1/traces").containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        }
    }

    @Test
    void theCollectorPassesTracesFromOtlpToJaeger() throws IOException {
        Map<String, Object> collector = yaml(WATCHING.resolve("otel-collector.yaml"));
        Map<String, Object> traces = map(map(map(collector.get("service")).get("pipelines")).get("traces"));

        assertThat(strings(traces.get("receivers"))).containsExactly("otlp");
        assertThat(map(map(map(collector.get("receivers")).get("otlp")).get("protocols"))).containsKeys("grpc", "http");
        assertThat(strings(traces.get("exporters"))).singleElement().satisfies(exporter -> assertThat(
                map(map(collector.get("exporters")).get(exporter)).get("endpoint")).isEqualTo("jaeger:4317"));
        assertThat(strings(service("otel-collector").get("volumes")))
                .contains("./deploy/observability/otel-collector.yaml:/etc/otelcol-contrib/config.yaml:ro");
    }

    @Test
    void prometheusScrapesEveryRelayInstanceTheConsoleAndTheIssuerWithAMonitorsToken() throws IOException {
        Map<String, Object> prometheus = yaml(WATCHING.resolve("prometheus.yml"));
        Map<String, Object> job = map(((List<?>) prometheus.get("scrape_configs")).get(0));
        Map<String, Object> oauth2 = map(job.get("oauth2"));
        List<String> targets = strings(map(((List<?>) job.get("static_configs")).get(0)).get("targets"));

        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(oauth2).containsEntry("client_id", "relay-metrics")
                .containsEntry("token_url", "http://identity:9000/oauth2/token")
                .containsEntry("client_secret_file", "/run/relay/metrics-client-secret")
                .doesNotContainKey("client_secret");
        List<String> expected = new ArrayList<>(List.of("console:8080", "identity:9000"));
        for (RelayService service : RelayService.values()) {
            if (!service.runsOnce()) {
                expected.add(service.serviceName() + "-a:" + service.defaultPort());
                expected.add(service.serviceName() + "-b:" + (service.defaultPort() + 100));
            }
        }
        assertThat(targets).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(map(service("prometheus").get("environment"))).containsEntry(
                EmbeddedIssuer.METRICS_SECRET_VARIABLE, "${RELAY_IDENTITY_METRICS_SECRET:?make it with ./forumctl.sh kafka-secrets}");
        String entrypoint = Files.readString(WATCHING.resolve("prometheus-entrypoint.sh"), StandardCharsets.UTF_8);
        assertThat(entrypoint).as("the secret written for Prometheus' user only, in memory, never printed")
                .contains("umask 077").contains("/run/relay/metrics-client-secret").doesNotContain("echo");
        assertThat(strings(service("prometheus").get("tmpfs"))).containsExactly("/run/relay");
    }

    @Test
    void grafanaShowsTheRelaysDashboardWhoseQueriesNameTheRelaysMeters() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(
                WATCHING.resolve("grafana/dashboards/relay.json").toFile());
        List<String> queries = new ArrayList<>();
        dashboard.get("panels").forEach(panel -> panel.get("targets").forEach(t -> queries.add(t.get("expr").asText())));
        Set<String> named = new java.util.TreeSet<>();
        Matcher meter = Pattern.compile("\\brelay_[a-z_]+").matcher(String.join("\n", queries));
        while (meter.find()) {
            named.add(meter.group());
        }

        assertThat(named).as("meters the dashboard asks for").isSubsetOf(RELAY_METERS)
                .contains("relay_baton_position", "relay_handoff_latency_seconds_bucket",
                        "relay_registrations_accepted_total", "relay_consumer_lag", "relay_dead_letters_total");
        assertThat(dashboard.get("title").asText()).contains("эстафетасы", "Эстафета", "relay");
        Map<String, Object> sources = yaml(WATCHING.resolve("grafana/provisioning/datasources/relay.yaml"));
        assertThat(((List<?>) sources.get("datasources")).stream().map(s -> map(s).get("url")))
                .contains("http://prometheus:9090", "http://jaeger:16686");
        assertThat(strings(service("grafana").get("volumes"))).contains(
                "./deploy/observability/grafana/provisioning:/etc/grafana/provisioning:ro",
                "./deploy/observability/grafana/dashboards:/var/lib/grafana/dashboards:ro");
    }

    private static Map<String, Object> compose() throws IOException {
        return yaml(HOME.resolve("docker-compose.yml"));
    }

    private static Map<String, Object> service(String name) throws IOException {
        return map(map(compose().get("services")).get(name));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(500);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return map(new Yaml(new SafeConstructor(options)).load(reader));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
