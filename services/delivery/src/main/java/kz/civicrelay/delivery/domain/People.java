package kz.civicrelay.delivery.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/**
 * The people delivery writes to on their own behalf, not as a region's team: those who registered, or joined a
 * forum's waitlist, with an e-mail address, each reached by an implicit e-mail subscription (id
 * {@code participant:<id>:email}, in the languages they registered with), and the notices each gets: the confirmation
 * of a seat (decision 0029) and the news of a promotion from the waitlist. Learned from registration's events; a
 * person who leaves the waitlist or cancels is forgotten. Nothing of this is written to delivery's own topics but
 * the outcomes, under the subscription id, which names no one.
 *
 * <p>A forum's opening rush brings thousands of confirmations: the notices still to be settled (neither delivered
 * nor given up) are kept apart, so that looking for due work costs what is pending, not what was ever sent.
 */
final class People {

    static final String OWNER_PREFIX = "participant:";
    static final String WAITLIST_PROMOTED = "WAITLIST_PROMOTED";
    static final String REGISTRATION_CONFIRMED = "REGISTRATION_CONFIRMED";
    private static final String EMAIL_SUFFIX = ":email";

    private final Map<String, Subscription> reach = new HashMap<>();
    private final Map<String, String> hostRegions = new HashMap<>();
    private final Map<String, Message> notices = new HashMap<>();
    private final Map<String, Message> pending = new LinkedHashMap<>();
    private final Set<String> settled = new HashSet<>();

    void forumOpened(String forumId, String hostRegionCode) {
        hostRegions.put(forumId, hostRegionCode);
    }

    void waitlisted(String participantId, String email, List<Language> languages) {
        reachable(participantId, email, languages);
    }

    /** The person holds a seat: a confirmation to them ({@code messageId}: the registration's event id). */
    void registered(String messageId, String seriesId, String forumId, String participantId, String email,
            List<Language> languages, Instant at) {
        reachable(participantId, email, languages);
        String region = hostRegions.getOrDefault(forumId, "");
        notice(new Message(messageId, seriesId, forumId, OWNER_PREFIX + participantId, REGISTRATION_CONFIRMED,
                PersonalTexts.confirmed(forumId, participantId, region), region, region, false, at, null));
    }

    /** The person left the waitlist or cancelled: nothing more is sent to them. */
    void forget(String participantId) {
        String owner = OWNER_PREFIX + participantId;
        reach.remove(owner);
        pending.values().removeIf(m -> m.owner().equals(owner));
    }

    /** The person was promoted: a notice to them, if they can be reached. */
    void promoted(String messageId, String seriesId, String forumId, String participantId, Instant at) {
        String owner = OWNER_PREFIX + participantId;
        if (!reach.containsKey(owner)) {
            return;
        }
        String region = hostRegions.getOrDefault(forumId, "");
        notice(new Message(messageId, seriesId, forumId, owner, WAITLIST_PROMOTED,
                PersonalTexts.promoted(forumId, region), region, region, false, at, null));
    }

    /** The notice {@code messageId} was delivered or given up: no more work, whenever the notice is learned. */
    void settled(String messageId) {
        settled.add(messageId);
        pending.remove(messageId);
    }

    Collection<Message> notices() {
        return notices.values();
    }

    /** The notices neither delivered nor given up, in the order they were learned. */
    Collection<Message> pending() {
        return pending.values();
    }

    Optional<Message> notice(String messageId) {
        return Optional.ofNullable(notices.get(messageId));
    }

    static boolean isPerson(String owner) {
        return owner.startsWith(OWNER_PREFIX);
    }

    /** The person's implicit subscription: the only recipient of their notices. */
    List<Subscription> recipients(String owner) {
        return Optional.ofNullable(reach.get(owner)).map(List::of).orElse(List.of());
    }

    Optional<Subscription> subscription(String subscriptionId) {
        if (!subscriptionId.startsWith(OWNER_PREFIX) || !subscriptionId.endsWith(EMAIL_SUFFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable(reach.get(subscriptionId.substring(0, subscriptionId.length()
                - EMAIL_SUFFIX.length())));
    }

    private void reachable(String participantId, String email, List<Language> languages) {
        String owner = OWNER_PREFIX + participantId;
        reach.put(owner, new Subscription(owner + EMAIL_SUFFIX, owner, DeliveryChannel.EMAIL, email, languages, 0));
    }

    private void notice(Message message) {
        if (notices.putIfAbsent(message.messageId(), message) == null && !settled.contains(message.messageId())) {
            pending.put(message.messageId(), message);
        }
    }
}
