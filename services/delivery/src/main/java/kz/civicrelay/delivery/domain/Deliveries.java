package kz.civicrelay.delivery.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.delivery.domain.DeliveryEvent.Delivered;
import kz.civicrelay.delivery.domain.DeliveryEvent.DeliveryFailed;
import kz.civicrelay.delivery.domain.DeliveryEvent.SubscriptionAdded;
import kz.civicrelay.delivery.domain.DeliveryEvent.SubscriptionRemoved;
import kz.civicrelay.reference.Trilingual;

/**
 * What is to be delivered to whom, and how far each delivery got: a fold of the subscriptions, of handoff's
 * notifications, batons and escalations, and of the outcomes of delivery's own attempts. Every part is kept
 * by id and every answer derived when asked, so the state is the same whatever order the topics are
 * replayed in. Work is always derived from this state and the clock ({@link #due}); nothing else holds it.
 */
public final class Deliveries {

    private static final Comparator<Message> IN_ISSUE_ORDER = Comparator.comparing(Message::issuedAt)
            .thenComparing(Message::owner).thenComparing(Message::messageId);

    private final RetryPolicy policy;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Map<String, Message> notifications = new HashMap<>();
    private final Map<String, @Nullable HandoffPackage> batons = new HashMap<>();
    private final Map<String, Escalation> escalations = new HashMap<>();
    private final Map<String, Track> tracks = new HashMap<>();
    private final People people = new People();

    private record Escalation(String notificationId, String seriesId, @Nullable String forumId, String regionCode,
            Trilingual reason, Instant at) {
    }

    public Deliveries(RetryPolicy policy) {
        this.policy = policy;
    }

    // ---- learned from handoff ----------------------------------------------------------------------------------

    /** A notification to a region's team ({@code HandoffNotificationIssued}); its package comes with the baton. */
    public void learnNotification(Message notification) {
        notifications.putIfAbsent(notification.messageId(), notification);
    }

    /** The baton reached forum {@code toForumId} with {@code handoffPackage} (null in events older than it). */
    public void learnBaton(String toForumId, @Nullable HandoffPackage handoffPackage) {
        if (handoffPackage != null || !batons.containsKey(toForumId)) {
            batons.put(toForumId, handoffPackage);
        }
    }

    /** Handoff escalated notification {@code notificationId}, unacknowledged by {@code regionCode}'s team. */
    public void learnEscalation(String notificationId, String seriesId, @Nullable String forumId, String regionCode,
            Trilingual reason, Instant at) {
        escalations.putIfAbsent(notificationId,
                new Escalation(notificationId, seriesId, forumId, regionCode, reason, at));
    }

    // ---- learned from registration ------------------------------------------------------------------------------

    /** Registration for forum {@code forumId}, hosted by {@code hostRegionCode}, opened. */
    public void learnForumOpened(String forumId, String hostRegionCode) {
        people.forumOpened(forumId, hostRegionCode);
    }

    /** A person joined a forum's waitlist with an e-mail address: they will be told if promoted. */
    public void learnWaitlisted(String participantId, String email, List<Language> languages) {
        people.waitlisted(participantId, email, languages);
    }

    /**
     * A person registered with an e-mail address and holds a seat ({@code messageId}: the registration's event id):
     * a confirmation to them.
     */
    public void learnRegistered(String messageId, String seriesId, String forumId, String participantId, String email,
            List<Language> languages, Instant at) {
        people.registered(messageId, seriesId, forumId, participantId, email, languages, at);
    }

    /** A person left a waitlist or cancelled their registration: nothing more will be sent to them. */
    public void learnLeft(String participantId) {
        people.forget(participantId);
    }

    /** A person was promoted from a waitlist ({@code messageId}: the promotion's event id): a notice to them. */
    public void learnPromotion(String messageId, String seriesId, String forumId, String participantId, Instant at) {
        people.promoted(messageId, seriesId, forumId, participantId, at);
    }

    // ---- delivery's own events ---------------------------------------------------------------------------------

    /** Folds one of delivery's committed events, written at {@code at}. */
    public void apply(DeliveryEvent event, Instant at) {
        if (event instanceof SubscriptionAdded e) {
            subscriptions.added(e.subscription(), at);
        } else if (event instanceof SubscriptionRemoved e) {
            subscriptions.removed(e.subscriptionId());
        } else if (event instanceof Delivered e) {
            track(e.messageId(), e.subscriptionId()).record(new Track.Attempt(e.attempt(), at, true, e.detail(), null));
            settleIfPersonal(e.messageId(), e.subscriptionId());
        } else if (event instanceof DeliveryFailed e) {
            track(e.messageId(), e.subscriptionId())
                    .record(new Track.Attempt(e.attempt(), at, false, e.reason(), e.nextAttemptAt()));
            if (e.nextAttemptAt() == null) {
                settleIfPersonal(e.messageId(), e.subscriptionId());
            }
        }
    }

    public Subscriptions subscriptions() {
        return subscriptions;
    }

    // ---- what there is to deliver ------------------------------------------------------------------------------

    /**
     * Every message: the regions' notifications (with their handoff's package once the baton is learned), an
     * escalation alert per escalated notification, and an alert per region message whose delivery to a
     * subscription was given up. In issue order, then owner, then id.
     */
    public List<Message> messages() {
        return messages(people.notices());
    }

    /** As {@link #messages()}, with {@code personal} as the people's notices. */
    private List<Message> messages(java.util.Collection<Message> personal) {
        List<Message> all = new ArrayList<>();
        notifications.values().forEach(n -> all.add(withPackage(n)));
        all.addAll(personal);
        escalations.values().forEach(e -> all.add(Alerts.escalation(e.notificationId(), e.seriesId(), e.forumId(),
                e.regionCode(), e.reason(), e.at(), notifications.get(e.notificationId()))));
        for (Message notification : notifications.values()) {
            for (Subscription subscription : subscriptions.recipients(notification.owner(), notification.issuedAt())) {
                Track track = tracks.get(key(notification.messageId(), subscription.subscriptionId()));
                Optional<Track.Attempt> gaveUp = track == null ? Optional.empty() : track.givenUp();
                gaveUp.ifPresent(a -> all.add(Alerts.abandoned(notification, subscription, a.detail(), a.at())));
            }
        }
        all.sort(IN_ISSUE_ORDER);
        return all;
    }

    public Message message(String messageId) {
        Message notification = notifications.get(messageId);
        if (notification != null) {
            return withPackage(notification);
        }
        return people.notice(messageId).or(() -> messages(List.of()).stream()
                .filter(m -> m.messageId().equals(messageId)).findFirst())
                .orElseThrow(() -> new NoSuchElementException("No message " + messageId));
    }

    /**
     * The attempts due at {@code now}: for each message and each of its recipients not removed, the first
     * attempt if none was made, or the next once the last failure's {@code nextAttemptAt} has come; nothing once
     * delivered or given up. A notification about a handoff is held until its baton is learned, at most
     * {@link RetryPolicy#batonWait()} after it was issued.
     */
    public List<Due> due(Instant now) {
        return due(now, Integer.MAX_VALUE);
    }

    /**
     * As {@link #due(Instant)}, at most {@code limit} of them: the regions' notifications and the operators' alerts
     * first, in issue order, then the people's notices in the order they were learned — so a baton's notification
     * never waits behind a rush of confirmations, and a look costs what it hands out, not every pending notice.
     */
    public List<Due> due(Instant now, int limit) {
        List<Due> due = new ArrayList<>();
        for (Message message : messages(List.of())) {
            addDue(message, now, due);
            if (due.size() >= limit) {
                return due.subList(0, limit);
            }
        }
        for (Message message : people.pending()) {
            addDue(message, now, due);
            if (due.size() >= limit) {
                return due.subList(0, limit);
            }
        }
        return due;
    }

    private void addDue(Message message, Instant now, List<Due> due) {
        if (!ready(message, now)) {
            return;
        }
        for (Subscription subscription : recipients(message)) {
            if (subscriptions.isRemoved(subscription.subscriptionId())) {
                continue;
            }
            tracks.getOrDefault(key(message.messageId(), subscription.subscriptionId()), new Track()).dueAt(now)
                    .ifPresent(n -> due.add(new Due(message, subscription, n)));
        }
    }

    /** Whether {@code due} is still due at {@code now} (its attempt not recorded meanwhile). */
    public boolean isDue(Due due, Instant now) {
        String subscriptionId = due.subscription().subscriptionId();
        Optional<Integer> attempt = tracks.getOrDefault(key(due.message().messageId(), subscriptionId), new Track())
                .dueAt(now);
        return !subscriptions.isRemoved(subscriptionId) && attempt.equals(Optional.of(due.attempt()));
    }

    /** Where each delivery stands, in the messages' issue order, then subscription id. */
    public List<DeliveryStatus> statuses() {
        List<DeliveryStatus> statuses = new ArrayList<>();
        for (Message message : messages()) {
            for (Subscription subscription : recipients(message)) {
                statuses.add(status(message, subscription));
            }
        }
        return statuses;
    }

    private DeliveryStatus status(Message message, Subscription subscription) {
        Track track = tracks.getOrDefault(key(message.messageId(), subscription.subscriptionId()), new Track());
        Optional<Track.Attempt> last = track.last();
        Optional<Track.Attempt> delivery = track.delivery();
        DeliveryStatus.State state = delivery.isPresent() ? DeliveryStatus.State.DELIVERED
                : track.givenUp().isPresent() ? DeliveryStatus.State.ABANDONED
                : subscriptions.isRemoved(subscription.subscriptionId()) ? DeliveryStatus.State.CANCELLED
                : last.isPresent() ? DeliveryStatus.State.RETRYING : DeliveryStatus.State.PENDING;
        return new DeliveryStatus(message, subscription, state, track.count(),
                last.map(Track.Attempt::detail).orElse(null), last.map(Track.Attempt::at).orElse(null),
                state == DeliveryStatus.State.RETRYING ? last.map(Track.Attempt::nextAttemptAt).orElse(null) : null,
                delivery.map(Track.Attempt::at).orElse(null));
    }

    // ---- decisions ---------------------------------------------------------------------------------------------

    /** Attempt {@code attempt} was accepted; nothing if that attempt was recorded before or the track finished. */
    public List<DeliveryEvent> delivered(String messageId, String subscriptionId, int attempt, String detail) {
        Message message = message(messageId);
        Subscription subscription = subscription(subscriptionId);
        if (alreadyRecorded(messageId, subscriptionId, attempt)) {
            return List.of();
        }
        return List.of(new Delivered(message.seriesId(), message.forumId(), messageId, subscriptionId,
                subscription.channel(), attempt, detail));
    }

    /**
     * Attempt {@code attempt}, made at {@code now}, failed: the next is due after the backoff, or never when the
     * failure is permanent or the next would fall past the give-up horizon. Nothing if recorded before.
     */
    public List<DeliveryEvent> failed(String messageId, String subscriptionId, int attempt, String reason,
            boolean permanent, Instant now) {
        Message message = message(messageId);
        Subscription subscription = subscription(subscriptionId);
        if (alreadyRecorded(messageId, subscriptionId, attempt)) {
            return List.of();
        }
        Instant first = Optional.ofNullable(tracks.get(key(messageId, subscriptionId))).flatMap(Track::firstAttemptAt)
                .orElse(now);
        @Nullable Instant next = permanent ? null : policy.nextAttemptAt(attempt, first, now).orElse(null);
        return List.of(new DeliveryFailed(message.seriesId(), message.forumId(), messageId, subscriptionId,
                subscription.channel(), attempt, reason, next));
    }

    /** A new subscription; its id must be new, and its owner not already subscribed at that address. */
    public List<DeliveryEvent> subscribe(Subscription subscription) {
        if (subscriptions.find(subscription.subscriptionId()).isPresent()) {
            throw new IllegalStateException("Subscription " + subscription.subscriptionId() + " exists");
        }
        subscriptions.active().stream().filter(s -> s.owner().equals(subscription.owner())
                && s.channel() == subscription.channel() && s.address().equalsIgnoreCase(subscription.address()))
                .findFirst().ifPresent(s -> {
                    throw new IllegalStateException(subscription.owner() + " is subscribed at that address already ("
                            + s.subscriptionId() + ")");
                });
        return List.of(new SubscriptionAdded(subscription));
    }

    public List<DeliveryEvent> unsubscribe(String subscriptionId) {
        Subscription subscription = subscription(subscriptionId);
        return List.of(new SubscriptionRemoved(subscriptionId, subscription.owner()));
    }

    /** The subscription again with the next secret version: the old secret no longer signs. */
    public List<DeliveryEvent> rotateSecret(String subscriptionId) {
        Subscription s = subscription(subscriptionId);
        if (s.channel() != DeliveryChannel.WEBHOOK) {
            throw new IllegalStateException("Only a webhook subscription has a signing secret");
        }
        return List.of(new SubscriptionAdded(new Subscription(s.subscriptionId(), s.owner(), s.channel(), s.address(),
                s.languages(), s.secretVersion() + 1)));
    }

    /** A subscription not removed (a person's implicit one included); NoSuchElementException otherwise. */
    public Subscription subscription(String subscriptionId) {
        return people.subscription(subscriptionId).or(() -> subscriptions.find(subscriptionId)).filter(s -> !subscriptions.isRemoved(subscriptionId))
                .orElseThrow(() -> new NoSuchElementException("No subscription " + subscriptionId));
    }

    /** Whom a message goes to: its owner's subscriptions, or the person's own address for a personal notice. */
    private List<Subscription> recipients(Message message) {
        return People.isPerson(message.owner()) ? people.recipients(message.owner())
                : subscriptions.recipients(message.owner(), message.issuedAt());
    }

    private boolean alreadyRecorded(String messageId, String subscriptionId, int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("Attempts count from 1, not " + attempt);
        }
        Track track = tracks.get(key(messageId, subscriptionId));
        return track != null && (track.has(attempt) || track.finished());
    }

    private boolean ready(Message message, Instant now) {
        // Every region is told of a handoff, each with the same package: the receiving, the passing and the others.
        boolean aboutAHandoff = (message.kind().startsWith("BATON_") || message.kind().equals("SERIES_UPDATE"))
                && message.forumId() != null;
        return !aboutAHandoff || batons.containsKey(message.forumId())
                || !message.issuedAt().plus(policy.batonWait()).isAfter(now);
    }

    private Message withPackage(Message n) {
        HandoffPackage handoffPackage = Optional.ofNullable(n.forumId()).map(batons::get).orElse(null);
        return new Message(n.messageId(), n.seriesId(), n.forumId(), n.owner(), n.kind(),
                n.text(), n.fromRegionCode(), n.toRegionCode(), n.acknowledgementRequired(), n.issuedAt(),
                handoffPackage);
    }

    /** A person's notice has one recipient: once delivered or given up, it is no more work. */
    private void settleIfPersonal(String messageId, String subscriptionId) {
        if (People.isPerson(subscriptionId)) {
            people.settled(messageId);
        }
    }

    private Track track(String messageId, String subscriptionId) {
        return tracks.computeIfAbsent(key(messageId, subscriptionId), k -> new Track());
    }

    private static String key(String messageId, String subscriptionId) {
        return messageId + "\n" + subscriptionId;
    }
}
