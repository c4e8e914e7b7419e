package kz.civicrelay.registration.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The seats of one forum in constant time: how many are taken, and who holds one by each of their
 * {@linkplain Registrant#identityKeys identity keys}. Registrations and cancellations decided in a group
 * commit but not yet committed are held apart (they count, and the person is known), and are either taken
 * when their event is folded or released when their transaction fails.
 */
final class Seats {

    private final Map<String, String> holderByKey = new HashMap<>();
    private final Map<String, String> heldByKey = new HashMap<>();
    private final Map<String, Registrant> held = new HashMap<>();
    private final Set<String> cancellationsHeld = new HashSet<>();
    private int taken;

    /** Seats taken by committed registrations that are not cancelled. */
    int taken() {
        return taken;
    }

    /** Seats taken, counting the registrations held in a group commit. */
    int takenOrHeld() {
        return taken + held.size();
    }

    /** The registration (committed or held) of the same person, if any. */
    Optional<String> holderOf(Registrant registrant) {
        for (String key : registrant.identityKeys()) {
            String holder = holderByKey.getOrDefault(key, heldByKey.get(key));
            if (holder != null) {
                return Optional.of(holder);
            }
        }
        return Optional.empty();
    }

    void hold(String participantId, Registrant registrant) {
        held.put(participantId, registrant);
        registrant.identityKeys().forEach(key -> heldByKey.putIfAbsent(key, participantId));
    }

    void release(String participantId) {
        Registrant registrant = held.remove(participantId);
        if (registrant != null) {
            registrant.identityKeys().forEach(key -> heldByKey.remove(key, participantId));
        }
    }

    /** A committed registration takes its seat (and stops being held). */
    void take(String participantId, Registrant registrant) {
        release(participantId);
        registrant.identityKeys().forEach(key -> holderByKey.putIfAbsent(key, participantId));
        taken++;
    }

    /** A committed cancellation frees the seat. */
    void free(String participantId, Registrant registrant) {
        releaseCancellation(participantId);
        registrant.identityKeys().forEach(key -> holderByKey.remove(key, participantId));
        taken--;
    }

    void holdCancellation(String participantId) {
        cancellationsHeld.add(participantId);
    }

    void releaseCancellation(String participantId) {
        cancellationsHeld.remove(participantId);
    }

    boolean isCancellationHeld(String participantId) {
        return cancellationsHeld.contains(participantId);
    }
}
