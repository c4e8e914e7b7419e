package kz.civicrelay.forumctl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.system.Reachability;
import kz.civicrelay.forumctl.system.StatusServer;
import kz.civicrelay.forumctl.system.SystemStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What runs: each process of {@code forumctl up} (on a cluster the three Kafka brokers and both instances
 * of each service) with its readiness, pid, uptime, restarts and consumer lag.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Prints each process that forumctl up runs: readiness, pid, uptime, restarts, last exit and "
                + "consumer lag. Exit code 2 if up does not run, 1 if a process is not ready.")
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--status-url", description = "Where forumctl up serves its status (default: ${DEFAULT-VALUE}).")
    String statusUrl = "http://localhost:" + StatusServer.DEFAULT_PORT + "/status";

    @Override
    public Integer call() throws InterruptedException {
        SystemStatus status = fetch();
        if (status.processes().isEmpty()) {
            System.out.println("forumctl up (pid " + status.supervisorPid() + ", since " + status.startedAt()
                    + ") is starting: Kafka and the services are not up yet.");
            return 1;
        }
        System.out.println("forumctl up (pid " + status.supervisorPid() + ", since " + status.startedAt() + "), Kafka at "
                + status.bootstrapServers() + (SystemStatus.CLUSTER.equals(status.mode()) ? " (3 brokers)" : "")
                + ", log in " + status.dataDir());
        System.out.printf("%-15s %-11s %-11s %8s %10s %9s  %-10s %s%n", "PROCESS", "STATE", "ROLE", "PID", "UPTIME",
                "RESTARTS", "LAST EXIT", "CONSUMER LAG");
        boolean allReady = true;
        for (SystemStatus.ProcessStatus p : status.processes()) {
            allReady &= "ready".equals(p.state());
            System.out.printf("%-15s %-11s %-11s %8s %10s %9d  %-10s %s%n", p.name(), p.state(),
                    p.role() == null ? "-" : p.role(),
                    p.pid() == null ? "-" : p.pid(), p.uptimeSeconds() == null ? "-" : uptime(p.uptimeSeconds()),
                    p.restarts(), p.lastExitCode() == null ? "-" : String.valueOf(p.lastExitCode()), lag(p.consumerLag()));
        }
        if (!status.urls().isEmpty()) {
            System.out.println("Where:");
            status.urls().forEach((name, url) -> System.out.printf("  %-36s %s%n", name, url));
        }
        return allReady ? 0 : 1;
    }

    private SystemStatus fetch() throws InterruptedException {
        URI uri = URI.create(statusUrl);
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()
                    .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return new ObjectMapper().readValue(response.body(), SystemStatus.class);
        } catch (java.net.ConnectException e) {
            throw new IllegalStateException("forumctl up is not running (nothing answers at " + uri.getScheme() + "://"
                    + uri.getAuthority() + "); start it with ./forumctl.sh up");
        } catch (IOException e) {
            throw Reachability.unreachable(uri, e);
        }
    }

    static String uptime(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    static String lag(Map<String, Long> lag) {
        return lag.isEmpty() ? "-" : lag.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
