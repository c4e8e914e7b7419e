package kz.civicrelay.identity.config;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The issuer started by {@code forumctl up} is given up's pid ({@code relay.supervisor.pid}), as every service is;
 * when up is gone, however it went (Ctrl-C, SIGKILL), the issuer stops too, so no orphan keeps port 9000 from the
 * next {@code up}. (The services get the same from the platform's {@code SupervisorWatch}; the issuer carries no
 * platform, which brings Kafka.)
 */
@Component
@ConditionalOnProperty("relay.supervisor.pid")
class SupervisorGone implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SupervisorGone.class);

    private final long supervisorPid;

    SupervisorGone(@Value("${relay.supervisor.pid}") long supervisorPid) {
        this.supervisorPid = supervisorPid;
    }

    @Override
    public void afterPropertiesSet() {
        Optional<ProcessHandle> supervisor = ProcessHandle.of(supervisorPid);
        if (supervisor.isEmpty() || !supervisor.get().isAlive()) {
            stop();
        } else {
            supervisor.get().onExit().thenRun(this::stop);
        }
    }

    private void stop() {
        log.warn("Supervisor (pid {}) is gone: stopping", supervisorPid);
        new Thread(() -> System.exit(3), "supervisor-gone").start();
    }
}
