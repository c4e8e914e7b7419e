package kz.civicrelay.delivery.messaging;

import java.time.Duration;
import java.time.Instant;

/**
 * How fast mails to people (confirmations, promotions) leave: at most {@code perSecond} a second, a second's worth at
 * once. A forum's opening rush makes thousands of confirmations in a minute; sent as fast as they come they would
 * take the CPU the registrations need on a small machine (and mail providers limit a sender's rate anyway). They
 * wait their turn instead, in the order they were made; the regions' notifications and the operators' alerts are
 * never paced. Zero means no limit.
 */
final class PersonalMailPace {

    private final double perSecond;
    private double tokens;
    private Instant refilled;

    PersonalMailPace(int perSecond, Instant now) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("relay.delivery.person-mails-per-second cannot be negative");
        }
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.refilled = now;
    }

    /** Whether one more mail to a person may leave at {@code now}; if so, it is counted. */
    synchronized boolean mayGo(Instant now) {
        if (perSecond == 0) {
            return true;
        }
        if (now.isAfter(refilled)) {
            tokens = Math.min(perSecond, tokens + Duration.between(refilled, now).toNanos() / 1e9 * perSecond);
            refilled = now;
        }
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
