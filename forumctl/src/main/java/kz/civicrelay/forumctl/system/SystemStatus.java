package kz.civicrelay.forumctl.system;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What {@code forumctl up} knows of the system it runs, as {@code forumctl status} and the console show
 * it ({@code GET http://localhost:8090/status}). Times are ISO-8601 instants.
 */
public record SystemStatus(long supervisorPid, String startedAt, String bootstrapServers, String dataDir,
        List<ProcessStatus> processes) {

    /**
     * One service's JVM.
     *
     * @param state {@code ready} (reacts and answers), {@code starting}, {@code restarting} (exited, a new
     *              one is on its way) or {@code down}
     * @param consumerLag records its consumer groups have yet to process, by group id
     */
    public record ProcessStatus(String name, int port, @Nullable Long pid, String state, @Nullable Long uptimeSeconds,
            int restarts, @Nullable Integer lastExitCode, @Nullable String lastExitAt, Map<String, Long> consumerLag) {
    }
}
