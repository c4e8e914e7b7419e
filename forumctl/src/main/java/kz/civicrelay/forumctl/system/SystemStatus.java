package kz.civicrelay.forumctl.system;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What {@code forumctl up} knows of the system it runs, as {@code forumctl status} and the console show
 * it ({@code GET http://localhost:8090/status}). Times are ISO-8601 instants. Fields are only ever added
 * (the console reads this with fields it does not know ignored).
 *
 * @param bootstrapServers every broker's address, comma-separated
 * @param dataDir          the broker's log folder; on a cluster the folder of {@code kafka-1..3}
 * @param mode             {@link #SINGLE} (one broker in up's own JVM) or {@link #CLUSTER} (three broker processes,
 *                         two instances of each service)
 */
public record SystemStatus(long supervisorPid, String startedAt, String bootstrapServers, String dataDir,
        List<ProcessStatus> processes, String mode, Map<String, String> urls) {

    public static final String SINGLE = "single";
    public static final String CLUSTER = "cluster";

    /** @param urls where each service instance and the mail catcher answer, by name (none in an older up's status) */
    @SuppressWarnings("ConstantValue") // Jackson passes null for a field an older up did not send
    public SystemStatus {
        urls = urls == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(urls));
    }

    /** A status that names no URL (while up starts). */
    public SystemStatus(long supervisorPid, String startedAt, String bootstrapServers, String dataDir,
            List<ProcessStatus> processes, String mode) {
        this(supervisorPid, startedAt, bootstrapServers, dataDir, processes, mode, Map.of());
    }

    /**
     * One process that up runs and restarts: a service instance, or a Kafka node of the cluster.
     *
     * @param name        {@code scheduling} (one instance), {@code scheduling-a}, {@code scheduling-b} (two),
     *                    {@code console}, {@code kafka-1} …
     * @param port        a service's HTTP port, a Kafka node's client port
     * @param state       {@code ready} (reacts and answers; a node: serves and the cluster counts it live),
     *                    {@code starting}, {@code restarting} (exited, a new one is on its way) or {@code down}
     * @param consumerLag records its service's consumer groups have yet to process, by group id (the same
     *                    figures on both instances of a service; none for a Kafka node)
     * @param kind        {@link #BROKER}, {@link #SERVICE} or {@link #MAIL}
     * @param service     the service an instance runs ({@code scheduling}); null for a Kafka node
     * @param role        a service instance's part (decision 0014): {@code active} (it decides), {@code standby},
     *                    {@code taking_over}, {@code joining}; null for a Kafka node, or while it does not answer
     */
    public record ProcessStatus(String name, int port, @Nullable Long pid, String state, @Nullable Long uptimeSeconds,
            int restarts, @Nullable Integer lastExitCode, @Nullable String lastExitAt, Map<String, Long> consumerLag,
            String kind, @Nullable String service, @Nullable String role) {

        public static final String BROKER = "broker";
        public static final String SERVICE = "service";
        /** The local mail catcher delivery sends through (GreenMail); its port is its SMTP port. */
        public static final String MAIL = "mail";
    }
}
