package kz.civicrelay.registration.messaging;

import java.util.List;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.platform.core.Fold;
import kz.civicrelay.platform.core.ServiceDefinition;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.Registrations;

/**
 * Registration as its service core runs it: empty registrations, folded from registration's own events by their
 * envelopes' time, and from what it learns of scheduling; a group commit holds seats until it commits. Public so that
 * an auditor's replay ({@code forumctl audit --as-of}) folds the log with the very fold the service uses.
 */
public final class RegistrationDefinition {

    private RegistrationDefinition() {
    }

    public static ServiceDefinition<Registrations, RegistrationEvent> create() {
        return new ServiceDefinition<>(new Registrations(), new RegistrationFold(), new RegistrationUpstream(),
                RegistrationCodec.create());
    }

    /** Registration's events fold by their envelope's time; a group commit holds seats until they commit. */
    private static final class RegistrationFold implements Fold<Registrations, RegistrationEvent> {

        @Override
        public void apply(Registrations registrations, RegistrationEvent event, Envelope envelope) {
            registrations.apply(event, envelope.getOccurredAt());
        }

        /** The series the events of one decision belong to: their forum's (each decision is about one forum). */
        @Override
        public String seriesIdOf(Registrations registrations, List<RegistrationEvent> decided) {
            return registrations.seriesIdOf(decided.get(0).forumId());
        }

        @Override
        public void hold(Registrations registrations, RegistrationEvent event) {
            registrations.hold(event);
        }

        @Override
        public void release(Registrations registrations, RegistrationEvent event) {
            registrations.release(event);
        }
    }
}
