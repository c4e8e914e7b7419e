package kz.civicrelay.registration.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * Registration for every forum registration has heard of. Scheduling's announcements are folded in
 * ({@link #forumScheduled}, {@link #forumCancelled}); decisions return the events they lead to and
 * change nothing; {@link #apply} folds registration's own events (the same fold on start, live, in audit).
 */
public final class Registrations {

    private final Map<String, ForumRegistration> forums = new HashMap<>();

    // ---- decisions -------------------------------------------------------------------------

    /** The forum's preparation opened: registration opens, once. */
    public List<RegistrationEvent> open(String forumId) {
        return forum(forumId).open();
    }

    /** The forum convened or was cancelled: registration closes, once, if it is open. */
    public List<RegistrationEvent> close(String forumId) {
        return forum(forumId).close();
    }

    /** A registration made for the person by someone else (an operator, the region's team). */
    public List<RegistrationEvent> register(String forumId, String participantId, Registrant registrant) {
        return register(forumId, participantId, registrant, null);
    }

    /**
     * A registration; {@code account} is the person's own sign-in account when they register themself. No
     * event when the same person holds a seat already ({@link ForumRegistration#registrationOf} names it).
     */
    public List<RegistrationEvent> register(String forumId, String participantId, Registrant registrant,
            @Nullable String account) {
        if (participantId == null || participantId.isBlank()) {
            throw new IllegalArgumentException("A registration needs a participant id");
        }
        return forum(forumId).register(participantId, registrant, account);
    }

    /** Ends a registration: frees its seat (promoting the first on the waitlist) or leaves the waitlist. */
    public List<RegistrationEvent> cancel(String forumId, String participantId, @Nullable String reason) {
        return forum(forumId).cancel(participantId, reason);
    }

    /** A person promoted from the waitlist gives the seat back (the next on the waitlist takes it). */
    public List<RegistrationEvent> decline(String forumId, String participantId, @Nullable String reason) {
        return forum(forumId).decline(participantId, reason);
    }

    /**
     * The series was closed early: registration of each of its forums that is open closes (the waitlists freeze);
     * one event per forum, in forum id order.
     */
    public List<RegistrationEvent> closeSeries(String seriesId) {
        return forums.values().stream().filter(f -> seriesId.equals(f.seriesId()))
                .sorted(java.util.Comparator.comparing(ForumRegistration::forumId))
                .flatMap(f -> f.close().stream()).toList();
    }

    /** A region's team registers its delegation, or adds members to it: all of them or none. */
    public List<RegistrationEvent> registerDelegation(String forumId, String regionCode,
            List<ForumRegistration.Member> members) {
        return forum(forumId).registerDelegation(regionCode, members);
    }

    /** Marks at the door that the person holding the seat came; once. */
    public List<RegistrationEvent> checkIn(String forumId, String participantId) {
        return forum(forumId).checkIn(participantId);
    }

    // ---- fold --------------------------------------------------------------------------------

    /** Scheduling announced (or re-announced) a forum. */
    public void forumScheduled(ScheduledForum forum) {
        forums.computeIfAbsent(forum.forumId(), ForumRegistration::new).scheduled(forum);
    }

    /** Scheduling set (or replaced) a forum's programme. */
    public void programmeSet(String forumId, List<ProgrammeSession> programme) {
        forums.computeIfAbsent(forumId, ForumRegistration::new).programmeSet(programme);
    }

    /** A person holding a seat chooses sessions of the forum's programme. */
    public List<RegistrationEvent> chooseSessions(String forumId, String participantId, List<String> sessionIds) {
        return forum(forumId).chooseSessions(participantId, sessionIds);
    }

    /** Scheduling cancelled a forum: its registration will never open. */
    public void forumCancelled(String forumId) {
        forums.computeIfAbsent(forumId, ForumRegistration::new).forumCancelled();
    }

    /** Folds one of registration's own events; {@code occurredAt} is its envelope's time. */
    public void apply(RegistrationEvent event, Instant occurredAt) {
        forums.computeIfAbsent(event.forumId(), ForumRegistration::new).apply(event, occurredAt);
    }

    /** Holds a decided event of a group commit until it is committed ({@link #apply}) or released. */
    public void hold(RegistrationEvent event) {
        forums.computeIfAbsent(event.forumId(), ForumRegistration::new).hold(event);
    }

    /** Releases what {@link #hold} held: the event's transaction failed. */
    public void release(RegistrationEvent event) {
        forums.computeIfAbsent(event.forumId(), ForumRegistration::new).release(event);
    }

    // ---- reads -------------------------------------------------------------------------------

    /** The series of a forum scheduling announced (one it did not is a {@link NoSuchElementException}). */
    public String seriesIdOf(String forumId) {
        return java.util.Objects.requireNonNull(forum(forumId).seriesId(), forumId);
    }

    public ForumRegistration forum(String forumId) {
        ForumRegistration forum = forums.get(forumId);
        if (forum == null || forum.seriesId() == null) {
            throw new NoSuchElementException("No forum " + forumId + " is known to registration");
        }
        return forum;
    }
}
