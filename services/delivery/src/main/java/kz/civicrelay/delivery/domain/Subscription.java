package kz.civicrelay.delivery.domain;

import java.util.List;


/**
 * Where one owner's notifications go: an e-mail address or a webhook URL, in the languages wanted (in order of
 * preference, at least one). {@code owner} is a region code ({@code KZ-NN}) for its regional team, or
 * {@link #SECRETARIAT} for the operators' alerts. A webhook's signing secret is not here: it is derived from the
 * service's key, the id and {@code secretVersion}, and never put in an event.
 */
public record Subscription(String subscriptionId, String owner, DeliveryChannel channel, String address,
        List<Language> languages, int secretVersion) {

    /** The owner of the operators' subscriptions (escalations, given-up deliveries). */
    public static final String SECRETARIAT = "secretariat";

    public Subscription {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("A subscription needs at least one language (kk, ru, en)");
        }
    }
}
