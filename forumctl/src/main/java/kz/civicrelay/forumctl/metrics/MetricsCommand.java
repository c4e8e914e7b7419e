package kz.civicrelay.forumctl.metrics;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.auth.SignedInUser;
import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import kz.civicrelay.forumctl.system.RelayService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The relay's own meters on one screen: every service's {@code GET /actuator/prometheus}, read as the signed-in
 * operator or auditor. A service that refuses or does not answer is reported in one line and the others are still read;
 * the exit code is 1 if any could not be read.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Sums up the relay's own meters of every service (/actuator/prometheus; operators and auditors): "
                + "batons passed and where, handoff latency (count, mean, p50, p95), registrations, notifications, dead "
                + "letters, consumer lag and the state's last rebuild.")
public final class MetricsCommand implements Callable<Integer> {

    @Option(names = "--host", description = "Where the services run on their default ports (default: ${DEFAULT-VALUE}).")
    String host = "http://localhost";

    @Option(names = "--service", paramLabel = "NAME=URL", description = "Where one service answers instead, e.g. "
            + "handoff=http://10.0.0.5:8084 (repeatable; names: identity, scheduling, registration, resolution, handoff, "
            + "delivery, console).")
    Map<String, String> services = new LinkedHashMap<>();

    @Option(names = "--json", description = "The same summary as JSON.")
    boolean json;

    @Option(names = "--raw", description = "The relay_* lines as each service served them (Prometheus' text format).")
    boolean raw;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (json && raw) {
            throw new ParameterException(spec.commandLine(), "--json and --raw: one of them, not both");
        }
        Map<RelayService, String> urls = urls();
        Session session = Session.stored();
        session.requireBearer();
        RelayApi api = new RelayApi(session::bearer);
        List<Scrape> scrapes = new ArrayList<>();
        urls.forEach((service, url) -> scrapes.add(read(api, session, service.serviceName(), url)));
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? MetricsReport.json(scrapes) : raw ? MetricsReport.raw(scrapes) : MetricsReport.text(scrapes));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        scrapes.stream().filter(s -> s.meters() == null).forEach(s -> err.println(s.service() + ": " + s.problem()));
        err.flush();
        return scrapes.stream().allMatch(s -> s.meters() != null) ? 0 : 1;
    }

    /** Every service, at {@code --host} on its default port unless {@code --service} names another URL. */
    Map<RelayService, String> urls() {
        Map<RelayService, String> urls = new LinkedHashMap<>();
        String base = host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
        for (RelayService service : RelayService.values()) {
            urls.put(service, base + ":" + service.defaultPort());
        }
        services.forEach((name, url) -> {
            RelayService service = Arrays.stream(RelayService.values())
                    .filter(s -> s.serviceName().equals(name.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "--service " + name + "=…: no such "
                            + "service; one of " + Arrays.stream(RelayService.values()).map(RelayService::serviceName)
                                    .collect(Collectors.joining(", "))));
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new ParameterException(spec.commandLine(), "--service " + name + "=" + url + ": an http(s) URL");
            }
            urls.put(service, url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        });
        return urls;
    }

    /** One service's scrape, or the one line that says why there is none. */
    private static Scrape read(RelayApi api, Session session, String service, String url) {
        Reply reply;
        try {
            reply = api.get(url + "/actuator/prometheus");
        } catch (IllegalStateException unreachable) {
            return Scrape.failed(service, url, String.valueOf(unreachable.getMessage()));
        }
        return switch (reply.status()) {
            case 200 -> Scrape.read(service, url, reply.raw());
            case 401 -> Scrape.failed(service, url, "401: the service did not take the sign-in (" + url
                    + "); sign in again with forumctl login");
            case 403 -> Scrape.failed(service, url, "403: " + who(session) + " may not read the metrics (" + url
                    + "); operators and auditors may");
            case 301, 302, 303, 307, 308 -> Scrape.failed(service, url, reply.status() + ": " + url
                    + "/actuator/prometheus sends a sign-in page instead (it does not take the session's token there)");
            default -> Scrape.failed(service, url, reply.status() + " from " + url + "/actuator/prometheus");
        };
    }

    private static String who(Session session) {
        return session.user().map(SignedInUser::subject).map(subject -> "the signed-in " + subject)
                .orElse("the signed-in user");
    }
}
