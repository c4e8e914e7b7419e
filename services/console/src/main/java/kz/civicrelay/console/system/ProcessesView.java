package kz.civicrelay.console.system;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.console.system.SupervisorStatus.ProcessStatus;

/**
 * What {@code /api/processes} answers: whether {@code forumctl up}'s supervisor answered at
 * {@code supervisorUrl} ({@code running}) or not ({@code unreachable}, with the reason), and what it
 * served: its pid, start, broker and data folder, and its processes as received (none when unreachable).
 */
record ProcessesView(String supervisor, String supervisorUrl, @Nullable String reason, @Nullable Long supervisorPid,
        @Nullable String startedAt, @Nullable String bootstrapServers, @Nullable String dataDir,
        List<ProcessStatus> processes) {

    static final String RUNNING = "running";
    static final String UNREACHABLE = "unreachable";

    static ProcessesView running(String url, SupervisorStatus status) {
        return new ProcessesView(RUNNING, url, null, status.supervisorPid(), status.startedAt(),
                status.bootstrapServers(), status.dataDir(), status.processes());
    }

    static ProcessesView unreachable(String url, String reason) {
        return new ProcessesView(UNREACHABLE, url, reason, null, null, null, null, List.of());
    }
}
