package kz.civicrelay.registration.application;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.registration.domain.Registrant;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.Registrations;

/**
 * The acts of registration: each decides against the current state and publishes the resulting
 * events, as one step under the state's lock, so two acts never decide on the same stale state
 * (two people can never take the last seat together).
 */
public final class RegistrationDesk {

    private final FoldedState<Registrations> state;
    private final RegistrationEvents events;

    public RegistrationDesk(FoldedState<Registrations> state, RegistrationEvents events) {
        this.state = state;
        this.events = events;
    }

    public void register(String forumId, String participantId, Registrant registrant, Origin origin) {
        act(forumId, registrations -> registrations.register(forumId, participantId, registrant), origin);
    }

    public void cancel(String forumId, String participantId, @Nullable String reason, Origin origin) {
        act(forumId, registrations -> registrations.cancel(forumId, participantId, reason), origin);
    }

    /** Scheduling opened the forum's preparation: registration opens, once. */
    public void open(String forumId, Origin origin) {
        act(forumId, registrations -> registrations.open(forumId), origin);
    }

    /** The forum convened or was cancelled: registration closes, once, if open. */
    public void close(String forumId, Origin origin) {
        act(forumId, registrations -> registrations.close(forumId), origin);
    }

    public <R> R read(Function<Registrations, R> query) {
        return state.withState(query);
    }

    private void act(String forumId, Function<Registrations, List<RegistrationEvent>> decision, Origin origin) {
        state.exclusively(() -> {
            String seriesId = state.withState(registrations -> registrations.forum(forumId).seriesId());
            if (seriesId == null) {
                throw new IllegalStateException("Forum " + forumId + " has not been announced by scheduling yet");
            }
            events.publish(seriesId, state.withState(decision), origin);
            return null;
        });
    }
}
