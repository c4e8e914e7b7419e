package kz.civicrelay.registration.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.registration.domain.RegistrationEvent.AttendanceMarked;
import kz.civicrelay.registration.domain.RegistrationEvent.ParticipantRegistered;
import kz.civicrelay.registration.domain.RegistrationEvent.ParticipantWaitlisted;
import kz.civicrelay.registration.domain.RegistrationEvent.PromotionDeclined;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationCancelled;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationClosed;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationOpened;
import kz.civicrelay.registration.domain.RegistrationEvent.WaitlistLeft;
import kz.civicrelay.registration.domain.RegistrationEvent.WaitlistPromoted;

/**
 * Registration for one forum: its status, its seats, its waitlist and who holds or waits for a seat.
 * Decisions return events and change nothing; every check is constant-time ({@link Roster}).
 */
public final class ForumRegistration {

    private static final int MAX_REASON = 500;

    private final String forumId;
    private @Nullable String seriesId;
    private @Nullable String regionCode;
    private int capacity;
    private @Nullable Integer delegationQuota;
    private boolean forumCancelled;
    private RegistrationStatus status = RegistrationStatus.NOT_OPEN;
    /** By participant id; reads sort them (a replay may fold them in another order than they were made). */
    private final Map<String, Participant> participants = new HashMap<>();
    private final Roster roster = new Roster();
    private final SessionChoices sessions = new SessionChoices();
    /** Check-ins a group commit decided but has not committed yet. */
    private final Set<String> heldCheckIns = new HashSet<>();

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

    /** Closes once, if it is open; the waitlist is frozen as it stands. */
    List<RegistrationEvent> close() {
        if (status != RegistrationStatus.OPEN) {
            return List.of();
        }
        return List.of(new RegistrationClosed(forumId, registered()));
    }

    /**
     * A seat for the person, or a place on the waitlist when every seat is taken; nothing if the same person
     * holds a seat or waits for one already ({@link #registrationOf} names it).
     */
    List<RegistrationEvent> register(String participantId, Registrant registrant, @Nullable String account) {
        requireOpen();
        if (roster.holderOf(registrant).isPresent()) {
            return List.of();
        }
        requireNewId(participantId);
        if (roster.takenOrHeld() >= capacity) {
            return List.of(new ParticipantWaitlisted(forumId, participantId, registrant, account));
        }
        return List.of(new ParticipantRegistered(forumId, participantId, registrant, account));
    }

    /**
     * Seats for a region's delegation, all or none: each member new to the forum and of the region, the head
     * named first if the delegation has none yet, within the seats left and the plan's quota per region.
     */
    List<RegistrationEvent> registerDelegation(String region, List<Member> members) {
        requireOpen();
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A delegation needs at least one member");
        }
        String delegationId = Delegation.idOf(forumId, region);
        boolean headed = roster.hasHead(region);
        Set<String> keys = new HashSet<>();
        for (Member member : members) {
            if (!member.registrant().regionOfOrigin().equals(region)) {
                throw new IllegalArgumentException(member.registrant().fullName() + " comes from "
                        + member.registrant().regionOfOrigin() + ", not from the delegation's region " + region);
            }
            if (!member.registrant().identityKeys().stream().allMatch(keys::add)) {
                throw new IllegalArgumentException(member.registrant().fullName() + " is named twice in the delegation");
            }
            Optional<String> holder = roster.holderOf(member.registrant());
            if (holder.isPresent()) {
                throw new IllegalStateException(member.registrant().fullName() + " is already registered for "
                        + forumId + " as " + holder.get());
            }
            requireNewId(member.participantId());
        }
        long heads = members.stream().filter(Member::head).count();
        if (heads > 1 || heads == 1 && headed) {
            throw new IllegalArgumentException("A delegation has one head" + (headed ? "; " + region
                    + "'s delegation to " + forumId + " has one already" : ""));
        }
        if (heads == 0 && !headed) {
            throw new IllegalArgumentException("The delegation's head must be named first");
        }
        int left = capacity - roster.takenOrHeld();
        if (members.size() > left) {
            throw new IllegalStateException("Forum " + forumId + " has " + Math.max(0, left) + " seats left, not "
                    + members.size());
        }
        if (delegationQuota != null && roster.delegationSeatsOrHeld(region) + members.size() > delegationQuota) {
            throw new IllegalStateException("The plan gives each region's delegation at most " + delegationQuota
                    + " seats; " + region + "'s has " + roster.delegationSeatsOrHeld(region));
        }
        List<RegistrationEvent> events = new ArrayList<>();
        for (Member member : members) {
            events.add(new ParticipantRegistered(forumId, member.participantId(), member.registrant(), null,
                    new Delegation(delegationId, region, member.head())));
        }
        return events;
    }

    /** One member of a delegation as its team names them. */
    public record Member(String participantId, Registrant registrant, boolean head) {
    }

    /**
     * Ends a registration: a seat is freed (and the first on the waitlist takes it), a place on the waitlist
     * is left.
     */
    List<RegistrationEvent> cancel(String participantId, @Nullable String reason) {
        Participant participant = participant(participantId);
        String why = reason(reason);
        requireChangeable(participant);
        if (participant.standing() == Standing.WAITLISTED && !roster.isPromotionHeld(participantId)) {
            return List.of(new WaitlistLeft(forumId, participantId, why));
        }
        return withPromotion(new RegistrationCancelled(forumId, participantId, why));
    }

    /** A person promoted from the waitlist gives the seat back; the next on the waitlist takes it. */
    List<RegistrationEvent> decline(String participantId, @Nullable String reason) {
        Participant participant = participant(participantId);
        String why = reason(reason);
        requireChangeable(participant);
        if (participant.promotedAt() == null) {
            throw new IllegalStateException("Registration " + participantId + " was not promoted from the waitlist;"
                    + " cancel it instead");
        }
        return withPromotion(new PromotionDeclined(forumId, participantId, why));
    }

    /**
     * Marks that the person holding a seat came: once ({@link AlreadyCheckedIn} names the first time after),
     * while registration is open and after it closed (the forum convenes, and the door opens), unless the forum
     * was cancelled. A registration on the waitlist or ended holds no seat and is refused.
     */
    List<RegistrationEvent> checkIn(String participantId) {
        Participant participant = participant(participantId);
        if (forumCancelled) {
            throw new IllegalStateException("Forum " + forumId + " was cancelled: nobody is checked in");
        }
        Instant first = participant.checkedInAt();
        if (first != null || heldCheckIns.contains(participantId)) {
            throw new AlreadyCheckedIn(participantId, participant.registrant().fullName(), first);
        }
        if (participant.standing() != Standing.REGISTERED || roster.isEndingHeld(participantId)) {
            throw new IllegalStateException(participant.registrant().fullName() + " (registration " + participantId
                    + ") holds no seat: the registration " + switch (participant.standing()) {
                        case WAITLISTED -> "is on the waitlist";
                        case CANCELLED -> "was cancelled";
                        case LEFT_WAITLIST -> "left the waitlist";
                        case DECLINED -> "gave the seat back";
                        case REGISTERED -> "is being cancelled";
                    } + ", so it cannot be checked in");
        }
        return List.of(new AttendanceMarked(forumId, participantId));
    }

    /**
     * The person holding a seat chooses sessions of the programme (replacing an earlier choice), while registration
     * is open: known sessions, none twice, none at the same time as another chosen, each within its capacity.
     */
    List<RegistrationEvent> chooseSessions(String participantId, List<String> sessionIds) {
        Participant participant = participant(participantId);
        requireOpen();
        if (!participant.holdsSeat() || roster.isEndingHeld(participantId)) {
            throw new IllegalStateException("Registration " + participantId + " holds no seat: it chooses no session");
        }
        sessions.check(participantId, sessionIds, capacity);
        return List.of(new RegistrationEvent.SessionsChosen(forumId, participantId, sessionIds));
    }

    /** The attendance figures: seats held and people checked in, in all and by category, region and session. */
    public AttendanceFigures attendance() {
        return AttendanceFigures.of(participants(), p -> sessions.of(p.participantId()));
    }

    /** The sessions the person chose that are in the programme now. */
    public List<String> sessionsOf(String participantId) {
        return sessions.of(participantId);
    }

    /** How many chose the session. */
    public int chosenBy(String sessionId) {
        return sessions.count(sessionId);
    }

    private List<RegistrationEvent> withPromotion(RegistrationEvent freeing) {
        Optional<String> next = roster.nextWaiting();
        return next.isEmpty() ? List.of(freeing) : List.of(freeing, new WaitlistPromoted(forumId, next.get()));
    }

    // ---- fold --------------------------------------------------------------------------------

    void scheduled(ScheduledForum forum) {
        seriesId = forum.seriesId();
        regionCode = forum.regionCode();
        delegationQuota = forum.delegationQuota();
        if (status == RegistrationStatus.NOT_OPEN) {
            capacity = forum.capacity();
        }
    }

    void programmeSet(List<ProgrammeSession> programme) {
        sessions.programme(programme);
    }

    /** Whether scheduling cancelled the forum (no registration changes any more). */
    public boolean isCancelled() {
        return forumCancelled;
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
        } else if (event instanceof ParticipantRegistered e && !participants.containsKey(e.participantId())) {
            participants.put(e.participantId(),
                    Participant.registered(e.participantId(), e.registrant(), e.account(), occurredAt, e.delegation()));
            roster.seated(e.participantId(), e.registrant(), e.delegation());
        } else if (event instanceof ParticipantWaitlisted e && !participants.containsKey(e.participantId())) {
            participants.put(e.participantId(),
                    Participant.waitlisted(e.participantId(), e.registrant(), e.account(), occurredAt));
            roster.waitlisted(e.participantId(), e.registrant());
        } else if (event instanceof WaitlistPromoted e) {
            ifStanding(e.participantId(), Standing.WAITLISTED, p -> {
                roster.promoted(p.participantId());
                return p.promoted(occurredAt);
            });
        } else if (event instanceof WaitlistLeft e) {
            ifStanding(e.participantId(), Standing.WAITLISTED, p -> {
                roster.leftWaitlist(p.participantId(), p.registrant());
                return p.ended(Standing.LEFT_WAITLIST, e.reason());
            });
        } else if (event instanceof RegistrationCancelled e) {
            freed(e.participantId(), Standing.CANCELLED, e.reason());
        } else if (event instanceof PromotionDeclined e) {
            freed(e.participantId(), Standing.DECLINED, e.reason());
        } else if (event instanceof RegistrationEvent.SessionsChosen e) {
            Participant participant = participants.get(e.participantId());
            if (participant != null && participant.holdsSeat()) {
                sessions.chose(e.participantId(), e.sessionIds());
            } else {
                sessions.release(e.participantId());
            }
        } else if (event instanceof AttendanceMarked e) {
            heldCheckIns.remove(e.participantId());
            Participant participant = participants.get(e.participantId());
            if (participant != null && participant.holdsSeat() && participant.checkedInAt() == null) {
                participants.put(e.participantId(), participant.checkedIn(occurredAt));
            }
        }
    }

    private void freed(String participantId, Standing how, @Nullable String reason) {
        ifStanding(participantId, Standing.REGISTERED, p -> {
            roster.seatFreed(p.participantId(), p.registrant(), p.delegation());
            sessions.drop(p.participantId());
            return p.ended(how, reason);
        });
    }

    private void ifStanding(String participantId, Standing standing,
            java.util.function.UnaryOperator<Participant> change) {
        Participant participant = participants.get(participantId);
        if (participant != null && participant.standing() == standing) {
            participants.put(participantId, change.apply(participant));
        }
    }

    /** Holds a decided event until it commits: the person and seat it takes, or the registration it ends. */
    void hold(RegistrationEvent event) {
        if (event instanceof ParticipantRegistered e) {
            roster.holdPerson(e.participantId(), e.registrant(), true, e.delegation());
        } else if (event instanceof ParticipantWaitlisted e) {
            roster.holdPerson(e.participantId(), e.registrant(), false, null);
        } else if (event instanceof WaitlistPromoted e) {
            roster.holdPromotion(e.participantId());
        } else if (event instanceof RegistrationCancelled e) {
            roster.holdFreedSeat(e.participantId(), participant(e.participantId()).delegation());
        } else if (event instanceof WaitlistLeft e) {
            roster.holdEnding(e.participantId());
        } else if (event instanceof PromotionDeclined e) {
            roster.holdFreedSeat(e.participantId(), participant(e.participantId()).delegation());
        } else if (event instanceof RegistrationEvent.SessionsChosen e) {
            sessions.hold(e.participantId(), e.sessionIds());
        } else if (event instanceof AttendanceMarked e) {
            heldCheckIns.add(e.participantId());
        }
    }

    /** Releases what {@link #hold} held: the event's transaction failed. */
    void release(RegistrationEvent event) {
        if (event instanceof ParticipantRegistered e) {
            roster.release(e.participantId());
        } else if (event instanceof ParticipantWaitlisted e) {
            roster.release(e.participantId());
        } else if (event instanceof WaitlistPromoted e) {
            roster.release(e.participantId());
        } else if (event instanceof RegistrationCancelled e) {
            roster.release(e.participantId());
        } else if (event instanceof WaitlistLeft e) {
            roster.release(e.participantId());
        } else if (event instanceof PromotionDeclined e) {
            roster.release(e.participantId());
        } else if (event instanceof RegistrationEvent.SessionsChosen e) {
            sessions.release(e.participantId());
        } else if (event instanceof AttendanceMarked e) {
            heldCheckIns.remove(e.participantId());
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

    /** Seats each region's delegation may take, if the plan sets a quota. */
    public @Nullable Integer delegationQuota() {
        return delegationQuota;
    }

    /** Seats held by registrations that are not cancelled. */
    public int registered() {
        return roster.taken();
    }

    public int seatsLeft() {
        return Math.max(0, capacity - registered());
    }

    /** People on the waitlist. */
    public int waiting() {
        return roster.waiting();
    }

    /** The participant ids on the waitlist, first first. */
    public List<String> waitlist() {
        return roster.waitlist();
    }

    /** 1 for the first on the waitlist; 0 if the participant is not on it. */
    public int waitlistPosition(String participantId) {
        Participant participant = participants.get(participantId);
        return participant == null || participant.standing() != Standing.WAITLISTED ? 0
                : roster.positionOf(participantId);
    }

    /**
     * The id of the same person's registration ({@link Registrant#identityKeys}) that holds or waits for a seat,
     * if any (one decided earlier in the same group commit included).
     */
    public Optional<String> registrationOf(Registrant registrant) {
        return roster.holderOf(registrant);
    }

    /**
     * Every registration, ended ones included, in the order they were made: by time, then by
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
        if (forumCancelled) {
            throw new IllegalStateException("Forum " + forumId + " was cancelled");
        }
        if (status == RegistrationStatus.NOT_OPEN) {
            throw new IllegalStateException("Registration for " + forumId + " is not open yet");
        }
        if (status == RegistrationStatus.CLOSED) {
            throw new IllegalStateException("Registration for " + forumId + " is closed");
        }
    }

    private void requireNewId(String participantId) {
        if (participants.containsKey(participantId)) {
            throw new IllegalArgumentException("Participant id " + participantId + " is already used in " + forumId);
        }
    }

    private void requireChangeable(Participant participant) {
        if (status == RegistrationStatus.CLOSED) {
            throw new IllegalStateException("Registration for " + forumId + " is closed; it can no longer change");
        }
        if (participant.checkedInAt() != null || heldCheckIns.contains(participant.participantId())) {
            throw new IllegalStateException(participant.registrant().fullName() + " (registration "
                    + participant.participantId() + ") was checked in at the door: the attendance stays on record");
        }
        if (participant.cancelled() || roster.isEndingHeld(participant.participantId())) {
            throw new IllegalStateException("Registration " + participant.participantId() + " is already "
                    + (participant.standing() == Standing.REGISTERED || participant.standing() == Standing.WAITLISTED
                            ? "ending" : participant.standing().name().toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', ' ')));
        }
    }

    private static @Nullable String reason(@Nullable String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason must be at most " + MAX_REASON + " characters");
        }
        return why;
    }
}
