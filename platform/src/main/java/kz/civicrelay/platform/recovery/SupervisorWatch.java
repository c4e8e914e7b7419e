package kz.civicrelay.platform.recovery;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service started by {@code forumctl up} (or a test) is given its supervisor's pid; when that process
 * is gone, however it went (Ctrl-C, SIGKILL, a crash), the service stops too, so that no orphan keeps
 * the ports and the broker's partitions of the next {@code up}.
 */
public final class SupervisorWatch {

    private static final Logger log = LoggerFactory.getLogger(SupervisorWatch.class);

    private SupervisorWatch() {
    }

    /** Exits this JVM (status 3) once the process {@code supervisorPid} has ended; at once if it already has. */
    public static void exitWith(long supervisorPid) {
        Optional<ProcessHandle> supervisor = ProcessHandle.of(supervisorPid);
        if (supervisor.isEmpty() || !supervisor.get().isAlive()) {
            exit(supervisorPid);
            return;
        }
        supervisor.get().onExit().thenRun(() -> exit(supervisorPid));
    }

    private static void exit(long supervisorPid) {
        log.warn("Supervisor (pid {}) is gone: stopping", supervisorPid);
        Thread stop = new Thread(() -> System.exit(3), "supervisor-gone");
        stop.start();
    }
}
