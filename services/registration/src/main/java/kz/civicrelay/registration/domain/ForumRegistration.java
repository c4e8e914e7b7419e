package kz.civicrelay.registration.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.registration.domain.RegistrationEvent.ParticipantRegistered;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationCancelled;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationClosed;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationOpened;

/** Registration for one forum: its status, its seats and who holds them. Decisions return events. */
public final class ForumRegistration {

    private static final int MAX_REASON = 500;

    private final String forumId;
    private @Nullable String seriesId;
    private @Nullable String regionCode;
    private int capacity;
    private boolean forumCancelled;
    private RegistrationStatus status = RegistrationStatus.NOT_OPEN;
    /** By participant id; reads sort them (a replay may fold them in another order than they were made). */
    private final Map<String, Participant> participants = new HashMap<>();
    private final Seats seats = new Seats();

    ForumRegistration(String forumId) {
        this.forumId = forumId;
    }

    // ---- decisions -------------------------------------------------------------------------

    /** Opens once, with the capacity scheduling announced; a cancelled or already opened forum yields nothing. */
    List<RegistrationEvent> open() {
        if (status != RegistrationStatus.NOT_OPEN || forumCancelled) {
            return List.of();
        }
        if (regionCode == null) {
            throw new IllegalStateException("Forum " + forumId + " has not been announced by scheduling yet");
        }
        return List.of(new RegistrationOpened(forumId, capacity, regionCode));
    }

    /** Closes once, if it is open. */
    List<RegistrationEvent> close() {
        if (status != RegistrationStatus.OPEN) {
            return List.of();
        }
        return List.of(new RegistrationClosed(forumId, registered()));
    }

    /** A seat for the person; none if the same person holds one already ({@link #registrationOf} names it). */
    List<RegistrationEvent> register(String participantId, Registrant registrant, @Nullable String account) {
        requireOpen();
        if (seats.holderOf(registrant).isPresent()) {
            return List.of();
        }
        if (participants.containsKey(participantId)) {
            throw new IllegalArgumentException("Participant id " + participantId + " is already used in " + forumId);
        }
        if (seats.takenOrHeld() >= capacity) {
            throw new IllegalStateException("Forum " + forumId + " is full: all " + capacity + " seats are taken");
        }
        return List.of(new ParticipantRegistered(forumId, participantId, registrant, account));
    }

    List<RegistrationEvent> cancel(String participantId, @Nullable String reason) {
        Participant participant = participant(participantId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason must be at most " + MAX_REASON + " characters");
        }
        if (status == RegistrationStatus.CLOSED) {
            throw new IllegalStateException("Registration for " + forumId + " is closed; it can no longer change");
        }
        if (participant.cancelled() || seats.isCancellationHeld(participantId)) {
            throw new IllegalStateException("Registration " + participantId + " is already cancelled");
        }
        return List.of(new RegistrationCancelled(forumId, participantId, why));
    }

    // ---- fold --------------------------------------------------------------------------------

    void scheduled(ScheduledForum forum) {
        seriesId = forum.seriesId();
        regionCode = forum.regionCode();
        if (status == RegistrationStatus.NOT_OPEN) {
            capacity = forum.capacity();
        }
    }

    void forumCancelled() {
        forumCancelled = true;
    }

    /** Folds one of registration's own events, which happened at {@code occurredAt}. */
    void apply(RegistrationEvent event, Instant occurredAt) {
        if (event instanceof RegistrationOpened opened) {
            status = RegistrationStatus.OPEN;
            capacity = opened.capacity();
            regionCode = opened.regionCode();
        } else if (event instanceof RegistrationClosed) {
            status = RegistrationStatus.CLOSED;
        } else if (event instanceof ParticipantRegistered registered) {
            Participant before = participants.put(registered.participantId(), Participant.registered(
                    registered.participantId(), registered.registrant(), registered.account(), occurredAt));
            if (before == null) {
                seats.take(registered.participantId(), registered.registrant());
            }
        } else if (event instanceof RegistrationCancelled cancelled) {
            Participant participant = participants.get(cancelled.participantId());
            if (participant != null && !participant.cancelled()) {
                participants.put(participant.participantId(), participant.cancel(cancelled.reason()));
                seats.free(participant.participantId(), participant.registrant());
            }
        }
    }

    /** Holds a decided event until it commits: the seat it takes or the cancellation it makes. */
    void hold(RegistrationEvent event) {
        if (event instanceof ParticipantRegistered registered) {
            seats.hold(registered.participantId(), registered.registrant());
        } else if (event instanceof RegistrationCancelled cancelled) {
            seats.holdCancellation(cancelled.participantId());
        }
    }

    /** Releases what {@link #hold} held: the event's transaction failed. */
    void release(RegistrationEvent event) {
        if (event instanceof ParticipantRegistered registered) {
            seats.release(registered.participantId());
        } else if (event instanceof RegistrationCancelled cancelled) {
            seats.releaseCancellation(cancelled.participantId());
        }
    }

    // ---- reads -------------------------------------------------------------------------------

    public String forumId() {
        return forumId;
    }

    /** The series the forum belongs to; null until scheduling's announcement of the forum has been read. */
    public @Nullable String seriesId() {
        return seriesId;
    }

    public @Nullable String regionCode() {
        return regionCode;
    }

    public RegistrationStatus status() {
        return status;
    }

    public int capacity() {
        return capacity;
    }

    /** Seats held by registrations that are not cancelled. */
    public int registered() {
        return seats.taken();
    }

    /**
     * The id of the same person's registration ({@link Registrant#identityKeys}) that holds a seat, if any
     * (one decided earlier in the same group commit included).
     */
    public java.util.Optional<String> registrationOf(Registrant registrant) {
        return seats.holderOf(registrant);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - registered());
    }

    /**
     * Every registration, cancelled ones included, in the order they were made: by time, then by
     * participant id ({@link Participant#IN_REGISTRATION_ORDER}), whatever order they were folded in.
     */
    public List<Participant> participants() {
        return participants.values().stream().sorted(Participant.IN_REGISTRATION_ORDER).toList();
    }

    public Participant participant(String participantId) {
        Participant participant = participants.get(participantId);
        if (participant == null) {
            throw new NoSuchElementException("No participant " + participantId + " registered for " + forumId);
        }
        return participant;
    }

    private void requireOpen() {
        if (status == RegistrationStatus.NOT_OPEN) {
            throw new IllegalStateException("Registration for " + forumId + " is not open yet");
        }
        if (status == RegistrationStatus.CLOSED) {
            throw new IllegalStateException("Registration for " + forumId + " is closed");
        }
    }
}
