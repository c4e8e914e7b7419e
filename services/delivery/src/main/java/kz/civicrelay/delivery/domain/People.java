package kz.civicrelay.delivery.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;

/**
 * The people delivery writes to on their own behalf, not as a region's team: those on a forum's waitlist who gave
 * an e-mail address, each reached by an implicit e-mail subscription (id {@code participant:<id>:email}, in the
 * languages they registered with), and the notice each gets when promoted to a seat. Learned from registration's
 * events; a person who leaves the waitlist is forgotten. Nothing of this is written to delivery's own topics but
 * the outcomes, under the subscription id, which names no one.
 */
final class People {

    static final String OWNER_PREFIX = "participant:";
    static final String WAITLIST_PROMOTED = "WAITLIST_PROMOTED";

    private final Map<String, Subscription> reach = new HashMap<>();
    private final Map<String, String> hostRegions = new HashMap<>();
    private final Map<String, Message> notices = new HashMap<>();

    void forumOpened(String forumId, String hostRegionCode) {
        hostRegions.put(forumId, hostRegionCode);
    }

    void waitlisted(String participantId, String email, List<Language> languages) {
        String owner = OWNER_PREFIX + participantId;
        reach.put(owner, new Subscription(owner + ":email", owner, DeliveryChannel.EMAIL, email, languages, 0));
    }

    void leftWaitlist(String participantId) {
        reach.remove(OWNER_PREFIX + participantId);
    }

    /** The person was promoted: a notice to them, if they can be reached. */
    void promoted(String messageId, String seriesId, String forumId, String participantId, Instant at) {
        String owner = OWNER_PREFIX + participantId;
        if (!reach.containsKey(owner)) {
            return;
        }
        String region = hostRegions.getOrDefault(forumId, "");
        notices.putIfAbsent(messageId, new Message(messageId, seriesId, forumId, owner, WAITLIST_PROMOTED,
                promotedText(forumId, region), region, region, false, at, null));
    }

    Collection<Message> notices() {
        return notices.values();
    }

    static boolean isPerson(String owner) {
        return owner.startsWith(OWNER_PREFIX);
    }

    /** The person's implicit subscription: the only recipient of their notices. */
    List<Subscription> recipients(String owner) {
        return Optional.ofNullable(reach.get(owner)).map(List::of).orElse(List.of());
    }

    Optional<Subscription> subscription(String subscriptionId) {
        return reach.values().stream().filter(s -> s.subscriptionId().equals(subscriptionId)).findFirst();
    }

    private static Trilingual promotedText(String forumId, String regionCode) {
        Trilingual region = Regions.isKnown(regionCode) ? Regions.byCode(regionCode).name()
                : new Trilingual(regionCode, regionCode, regionCode);
        return new Trilingual(
                "Орын босады: сіз күту тізімінен форум қатысушыларының қатарына қосылдыңыз. Форум: " + forumId + " ("
                        + region.kk() + "). Келе алмасаңыз, орыннан бас тартыңыз — ол келесі адамға өтеді.",
                "Освободилось место: вы переведены из листа ожидания в участники форума. Форум: " + forumId + " ("
                        + region.ru() + "). Если не сможете прийти, откажитесь от места — оно перейдёт следующему.",
                "A seat became free: you have moved from the waitlist to the forum's participants. Forum: " + forumId
                        + " (" + region.en() + "). If you cannot come, decline the seat so that it passes to the next "
                        + "person.");
    }
}
