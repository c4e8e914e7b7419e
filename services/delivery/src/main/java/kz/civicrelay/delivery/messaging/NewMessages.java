package kz.civicrelay.delivery.messaging;

import org.jspecify.annotations.Nullable;

/** Told, live, that a message was learned, so the dispatcher looks for due work at once. It must not block. */
@FunctionalInterface
public interface NewMessages {

    /** @param messageId the message learned in a reaction (its trace goes on to its sending); null for other work */
    void learned(@Nullable String messageId);
}
