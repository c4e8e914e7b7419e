package kz.civicrelay.delivery.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every subscription ever added, as folded from the log in any order: of the events of one subscription the
 * one with the highest secret version is its current form, the earliest its time added; a removal is final.
 * A message goes to its owner's subscriptions added no later than it was issued and not removed: a new
 * subscription gets what is issued from then on, never the history.
 */
public final class Subscriptions {

    /** A subscription's current form and when it was first added. */
    private record Listed(Subscription subscription, Instant addedAt) {

        Listed merge(Listed other) {
            Subscription newer = other.subscription.secretVersion() > subscription.secretVersion()
                    ? other.subscription : subscription;
            return new Listed(newer, other.addedAt.isBefore(addedAt) ? other.addedAt : addedAt);
        }
    }

    private final Map<String, Listed> listed = new HashMap<>();
    private final Set<String> removed = new HashSet<>();

    void added(Subscription subscription, Instant at) {
        listed.merge(subscription.subscriptionId(), new Listed(subscription, at), Listed::merge);
    }

    void removed(String subscriptionId) {
        removed.add(subscriptionId);
    }

    /** The subscription, removed or not. */
    public Optional<Subscription> find(String subscriptionId) {
        return Optional.ofNullable(listed.get(subscriptionId)).map(Listed::subscription);
    }

    public boolean isRemoved(String subscriptionId) {
        return removed.contains(subscriptionId);
    }

    /** The subscriptions not removed, by owner then id. */
    public List<Subscription> active() {
        return listed.values().stream().map(Listed::subscription).filter(s -> !isRemoved(s.subscriptionId()))
                .sorted(Comparator.comparing(Subscription::owner).thenComparing(Subscription::subscriptionId))
                .toList();
    }

    /** When the subscription was first added. */
    public Optional<Instant> addedAt(String subscriptionId) {
        return Optional.ofNullable(listed.get(subscriptionId)).map(Listed::addedAt);
    }

    /** Whom a message of {@code owner} issued at {@code issuedAt} was for, removed ones included, by id. */
    List<Subscription> recipients(String owner, Instant issuedAt) {
        return listed.values().stream().filter(l -> l.subscription().owner().equals(owner))
                .filter(l -> !l.addedAt().isAfter(issuedAt)).map(Listed::subscription)
                .sorted(Comparator.comparing(Subscription::subscriptionId)).toList();
    }
}
