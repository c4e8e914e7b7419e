package kz.civicrelay.handoff.messaging;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.platform.core.StandbyException;
import kz.civicrelay.platform.publish.Origin;

/**
 * Every {@code relay.handoff.escalation-check} the active instance asks the relay, as of the clock's now, which
 * reminders and escalations are due for batons left unacknowledged (their times follow from the log: when each
 * was issued and its series' SLA), and appends them. A standby skips the check quietly: the active instance
 * reminds and escalates.
 */
@Component
class EscalationTimer {

    private static final Logger log = LoggerFactory.getLogger(EscalationTimer.class);

    private final Handoff handoff;
    private final Clock clock;

    EscalationTimer(Handoff handoff, Clock clock) {
        this.handoff = handoff;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${relay.handoff.escalation-check:30s}",
            initialDelayString = "${relay.handoff.escalation-check:30s}")
    void check() {
        if (!handoff.isActive()) {
            return;
        }
        try {
            handoff.remindAndEscalate(clock.instant(), Origin.service());
        } catch (StandbyException e) {
            // The lease moved (or was not confirmed in time) between the look and the decision: nothing was
            // appended, and the active instance escalates.
            log.debug("Escalation check skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Escalation check failed; trying again at the next check: {}", e.toString());
        }
    }
}
