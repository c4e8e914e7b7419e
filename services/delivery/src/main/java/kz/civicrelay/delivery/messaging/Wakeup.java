package kz.civicrelay.delivery.messaging;

import org.jspecify.annotations.Nullable;

import io.micrometer.observation.ObservationRegistry;

/**
 * The dispatcher's doorbell: the upstream mapping rings it when a message is learned live, before the
 * dispatcher exists to be named (the core it uses is made from the mapping). Ringing never blocks. It notes the
 * trace a notification came in ({@link MessageTraces}).
 */
public final class Wakeup implements NewMessages {

    private final MessageTraces traces;
    private volatile Runnable bell = () -> { };

    /** A doorbell that notes no trace. */
    public Wakeup() {
        this(new MessageTraces(ObservationRegistry.NOOP));
    }

    public Wakeup(MessageTraces traces) {
        this.traces = traces;
    }

    void answeredBy(Runnable bell) {
        this.bell = bell;
    }

    MessageTraces traces() {
        return traces;
    }

    @Override
    public void learned(@Nullable String messageId) {
        if (messageId != null) {
            traces.learned(messageId);
        }
        bell.run();
    }
}
