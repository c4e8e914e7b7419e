package kz.civicrelay.platform.core;

import org.slf4j.MDC;

import kz.civicrelay.events.Envelope;

/**
 * The event a reaction handles, in every line it logs: {@code eventId} and {@code forumId} in the logging context
 * (structured logs carry them as fields, beside the trace's {@code traceId} and {@code spanId}). Ids only: an
 * envelope names no person, and nothing of the event's body is put there.
 */
final class LogFields implements AutoCloseable {

    static final String EVENT_ID = "eventId";
    static final String FORUM_ID = "forumId";

    private final boolean forum;

    private LogFields(Envelope envelope) {
        MDC.put(EVENT_ID, envelope.getEventId().toString());
        forum = envelope.getForumId() != null;
        if (forum) {
            MDC.put(FORUM_ID, envelope.getForumId());
        }
    }

    static LogFields of(Envelope envelope) {
        return new LogFields(envelope);
    }

    @Override
    public void close() {
        MDC.remove(EVENT_ID);
        if (forum) {
            MDC.remove(FORUM_ID);
        }
    }
}
