package kz.civicrelay.registration.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who holds or waits for a seat of one forum, in constant time: the seats taken (in all, and by each region's
 * delegation), the waitlist in order, and each person by their {@linkplain Registrant#identityKeys identity
 * keys}. What a group commit decided but has not committed yet is held apart (it counts, and its people are
 * known), then either folded in or released if its transaction failed.
 */
final class Roster {

    private final Map<String, String> personByKey = new HashMap<>();
    private final Map<String, Integer> delegationSeats = new HashMap<>();
    private final LinkedHashSet<String> waitlist = new LinkedHashSet<>();
    /** The head of each region's delegation, by region code. */
    private final Map<String, String> heads = new HashMap<>();
    private int taken;

    private final Map<String, String> heldByKey = new HashMap<>();
    private final Map<String, Registrant> heldPeople = new HashMap<>();
    private final Set<String> heldSeats = new HashSet<>();
    private final Map<String, String> heldDelegationSeats = new HashMap<>();
    private final Map<String, String> heldHeads = new HashMap<>();
    private final Set<String> heldEndings = new HashSet<>();
    /** Seats freed by held cancellations and declined promotions (a group commits or fails as a whole). */
    private final Map<String, String> heldFreedSeats = new HashMap<>();
    /** People put on the waitlist by a group commit not committed yet, after those committed. */
    private final LinkedHashSet<String> heldWaitlist = new LinkedHashSet<>();

    // ---- reads -------------------------------------------------------------------------------

    /** Seats taken by committed registrations. */
    int taken() {
        return taken;
    }

    /** Seats taken, counting those held in a group commit. */
    int takenOrHeld() {
        return taken + heldSeats.size() - heldFreedSeats.size();
    }

    /** Seats of {@code regionCode}'s delegation, counting those held. */
    int delegationSeatsOrHeld(String regionCode) {
        int held = (int) heldDelegationSeats.values().stream().filter(regionCode::equals).count();
        int freed = (int) heldFreedSeats.values().stream().filter(regionCode::equals).count();
        return delegationSeats.getOrDefault(regionCode, 0) + held - freed;
    }

    /** Whether {@code regionCode}'s delegation has a head (one held included). */
    boolean hasHead(String regionCode) {
        return heads.containsKey(regionCode) || heldHeads.containsKey(regionCode);
    }

    int waiting() {
        return waitlist.size();
    }

    /** The registration (with a seat or on the waitlist, committed or held) of the same person, if any. */
    Optional<String> holderOf(Registrant registrant) {
        for (String key : registrant.identityKeys()) {
            String holder = personByKey.getOrDefault(key, heldByKey.get(key));
            if (holder != null) {
                return Optional.of(holder);
            }
        }
        return Optional.empty();
    }

    /** The first on the waitlist (held entries after committed ones) whose promotion or leaving is not held. */
    Optional<String> nextWaiting() {
        return java.util.stream.Stream.concat(waitlist.stream(), heldWaitlist.stream())
                .filter(id -> !heldSeats.contains(id) && !heldEndings.contains(id)).findFirst();
    }

    /** The waitlist's participant ids, first first. */
    java.util.List<String> waitlist() {
        return java.util.List.copyOf(waitlist);
    }

    /** 1 for the first on the waitlist; 0 if not on it. */
    int positionOf(String participantId) {
        int position = 0;
        for (String id : waitlist) {
            position++;
            if (id.equals(participantId)) {
                return position;
            }
        }
        return 0;
    }

    /** A promotion from the waitlist decided in a group commit, not committed yet. */
    boolean isPromotionHeld(String participantId) {
        return (waitlist.contains(participantId) || heldWaitlist.contains(participantId))
                && heldSeats.contains(participantId);
    }

    boolean isEndingHeld(String participantId) {
        return heldEndings.contains(participantId);
    }

    // ---- holds -------------------------------------------------------------------------------

    void holdPerson(String participantId, Registrant registrant, boolean seat, @Nullable Delegation delegation) {
        heldPeople.put(participantId, registrant);
        registrant.identityKeys().forEach(key -> heldByKey.putIfAbsent(key, participantId));
        if (seat) {
            heldSeats.add(participantId);
        } else {
            heldWaitlist.add(participantId);
        }
        if (delegation != null) {
            heldDelegationSeats.put(participantId, delegation.regionCode());
            if (delegation.head()) {
                heldHeads.put(delegation.regionCode(), participantId);
            }
        }
    }

    void holdPromotion(String participantId) {
        heldSeats.add(participantId);
    }

    /** A held leaving of the waitlist. */
    void holdEnding(String participantId) {
        heldEndings.add(participantId);
    }

    /** A held cancellation or declined promotion: the seat counts as free for the decisions after it. */
    void holdFreedSeat(String participantId, @Nullable Delegation delegation) {
        heldEndings.add(participantId);
        heldFreedSeats.put(participantId, delegation == null ? "" : delegation.regionCode());
    }

    /** Whatever is held for the participant goes: folded, or its transaction failed. */
    void release(String participantId) {
        Registrant registrant = heldPeople.remove(participantId);
        if (registrant != null) {
            registrant.identityKeys().forEach(key -> heldByKey.remove(key, participantId));
        }
        heldSeats.remove(participantId);
        heldWaitlist.remove(participantId);
        heldDelegationSeats.remove(participantId);
        heldHeads.values().remove(participantId);
        heldEndings.remove(participantId);
        heldFreedSeats.remove(participantId);
    }

    // ---- fold --------------------------------------------------------------------------------

    void seated(String participantId, Registrant registrant, @Nullable Delegation delegation) {
        release(participantId);
        know(participantId, registrant);
        taken++;
        if (delegation != null) {
            delegationSeats.merge(delegation.regionCode(), 1, Integer::sum);
            if (delegation.head()) {
                heads.put(delegation.regionCode(), participantId);
            }
        }
    }

    void waitlisted(String participantId, Registrant registrant) {
        release(participantId);
        know(participantId, registrant);
        waitlist.add(participantId);
    }

    void promoted(String participantId) {
        release(participantId);
        if (waitlist.remove(participantId)) {
            taken++;
        }
    }

    void seatFreed(String participantId, Registrant registrant, @Nullable Delegation delegation) {
        release(participantId);
        forget(participantId, registrant);
        taken--;
        if (delegation != null) {
            delegationSeats.merge(delegation.regionCode(), -1, Integer::sum);
            heads.remove(delegation.regionCode(), participantId);
        }
    }

    void leftWaitlist(String participantId, Registrant registrant) {
        release(participantId);
        forget(participantId, registrant);
        waitlist.remove(participantId);
    }

    private void know(String participantId, Registrant registrant) {
        registrant.identityKeys().forEach(key -> personByKey.putIfAbsent(key, participantId));
    }

    private void forget(String participantId, Registrant registrant) {
        registrant.identityKeys().forEach(key -> personByKey.remove(key, participantId));
    }
}
