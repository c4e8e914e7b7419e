package kz.civicrelay.registration.application;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.registration.domain.ForumRegistration;
import kz.civicrelay.registration.domain.Registrant;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.Registrations;

/**
 * The acts of registration: each decides against the current state and appends the resulting events
 * through the service core, as one step under the state's lock on the active instance, so two acts never
 * decide on the same stale state (two people can never take the last seat together).
 */
public final class RegistrationDesk {

    private final ServiceCore<Registrations, RegistrationEvent> core;
    private final Refusals refusals;

    public RegistrationDesk(ServiceCore<Registrations, RegistrationEvent> core) {
        this(core, (forumId, why) -> {
        });
    }

    public RegistrationDesk(ServiceCore<Registrations, RegistrationEvent> core, Refusals refusals) {
        this.core = core;
        this.refusals = refusals;
    }

    /** Told of each request for a seat the desk refused, and why (the service's meters). */
    @FunctionalInterface
    public interface Refusals {
        void refused(String forumId, RuntimeException why);
    }

    /** What a request for a seat came to: a seat, a place on the waitlist, or the same person's registration. */
    public enum Outcome { REGISTERED, WAITLISTED, EXISTING }

    /** The registration a request for a seat came to, and how. */
    public record Seat(String participantId, Outcome outcome) {
    }

    /**
     * Registers the person under {@code participantId}, or finds the seat the same person holds already.
     * Decided and committed together with the registrations that arrive at the same time (a group commit):
     * returns once the registration is on the log.
     */
    public Seat register(String forumId, String participantId, Registrant registrant, @Nullable String account,
            Origin origin) {
        String[] holder = { participantId };
        List<RegistrationEvent> registered;
        try {
            registered = core.decideTogether(onAnnouncedForum(forumId, registrations -> {
                registrations.forum(forumId).registrationOf(registrant).ifPresent(id -> holder[0] = id);
                return registrations.register(forumId, participantId, registrant, account);
            }), origin);
        } catch (IllegalArgumentException | IllegalStateException | java.util.NoSuchElementException refused) {
            refusals.refused(forumId, refused);
            throw refused;
        }
        Outcome outcome = registered.isEmpty() ? Outcome.EXISTING
                : registered.get(0) instanceof RegistrationEvent.ParticipantWaitlisted ? Outcome.WAITLISTED
                        : Outcome.REGISTERED;
        return new Seat(holder[0], outcome);
    }

    /** Registers a region's delegation (or adds members to it), all or none; returns once on the log. */
    public void registerDelegation(String forumId, String regionCode, List<ForumRegistration.Member> members,
            Origin origin) {
        core.decideTogether(onAnnouncedForum(forumId,
                registrations -> registrations.registerDelegation(forumId, regionCode, members)), origin);
    }

    /** A person holding a seat chooses sessions of the programme; returns once on the log. */
    public void chooseSessions(String forumId, String participantId, List<String> sessionIds, Origin origin) {
        core.decideTogether(onAnnouncedForum(forumId,
                registrations -> registrations.chooseSessions(forumId, participantId, sessionIds)), origin);
    }

    /** A person promoted from the waitlist gives the seat back. */
    public void decline(String forumId, String participantId, @Nullable String reason, Origin origin) {
        core.decideTogether(onAnnouncedForum(forumId,
                registrations -> registrations.decline(forumId, participantId, reason)), origin);
    }

    public void cancel(String forumId, String participantId, @Nullable String reason, Origin origin) {
        core.decideTogether(onAnnouncedForum(forumId, registrations -> registrations.cancel(forumId, participantId, reason)),
                origin);
    }

    /**
     * Marks at the door that the person holding the seat came, once; returns once on the log. A second scan is
     * refused with {@link kz.civicrelay.registration.domain.AlreadyCheckedIn}, naming the first time.
     */
    public void checkIn(String forumId, String participantId, Origin origin) {
        core.decideTogether(onAnnouncedForum(forumId, registrations -> registrations.checkIn(forumId, participantId)),
                origin);
    }

    public <R> R read(Function<Registrations, R> query) {
        return core.read(query);
    }

    /**
     * A decision about one forum, taken only once scheduling has announced the forum (its series is known):
     * an unknown forum is refused before the domain decides, as every act of registration always was.
     */
    public static Function<Registrations, List<RegistrationEvent>> onAnnouncedForum(String forumId,
            Function<Registrations, List<RegistrationEvent>> decision) {
        return registrations -> {
            registrations.seriesIdOf(forumId);
            return decision.apply(registrations);
        };
    }

}
