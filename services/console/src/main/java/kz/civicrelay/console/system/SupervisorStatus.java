package kz.civicrelay.console.system;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code forumctl up} serves at {@code GET /status}: the supervisor itself, the broker it started,
 * and each service process it runs. Fields it may add later are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SupervisorStatus(long supervisorPid, String startedAt, String bootstrapServers, String dataDir,
        List<ProcessStatus> processes) {

    /**
     * One supervised process, passed on as received: its nulls stay {@code null} in the console's answer.
     *
     * @param state       {@code ready}, {@code starting}, {@code restarting} or {@code down}
     * @param consumerLag by consumer group, how many records it has yet to read
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProcessStatus(String name, int port, @Nullable Long pid, String state, @Nullable Long uptimeSeconds,
            int restarts, @Nullable Integer lastExitCode, @Nullable String lastExitAt, Map<String, Long> consumerLag,
            @Nullable String role) {
    }
}
