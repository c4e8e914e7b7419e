package kz.civicrelay.forumctl.system;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How forumctl up asks its services to be observed beyond their metrics (always on /actuator/prometheus): their
 * logs as JSON lines, and their traces sent to an OTLP endpoint. Both are Spring Boot's own settings, passed to
 * every service; neither is on by default (a terminal wants text, and there is no trace backend to send to).
 */
public final class Observability {

    /** How the services write their logs. */
    public enum LogFormat {
        /** Boot's human-readable lines. */
        TEXT,
        /** One JSON object a line, in the Elastic Common Schema: trace and span ids, event and forum ids, service. */
        JSON
    }

    private Observability() {
    }

    /** The service arguments for the log format and, if given, the OTLP endpoint of the traces. */
    public static List<String> serviceArgs(LogFormat logs, @Nullable String otlpEndpoint) {
        List<String> args = new ArrayList<>();
        if (logs == LogFormat.JSON) {
            args.add("--logging.structured.format.console=ecs");
        }
        if (otlpEndpoint != null && !otlpEndpoint.isBlank()) {
            args.add("--management.opentelemetry.tracing.export.otlp.endpoint=" + otlpEndpoint.strip());
        }
        return args;
    }
}
