package kz.civicrelay.delivery.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import kz.civicrelay.delivery.domain.Deliveries;
import kz.civicrelay.delivery.domain.DeliveryEvent;
import kz.civicrelay.delivery.domain.Due;
import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.delivery.send.Outcome;
import kz.civicrelay.delivery.domain.DeliveryChannel;
import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.publish.Origin;

/**
 * The acts of the delivery service, each decided against the current state and appended through the service
 * core under the state's lock on the active instance: subscribing, unsubscribing, rotating a webhook's secret,
 * and recording what an attempt came to. The attempts themselves are made outside the lock (the dispatcher).
 */
public final class Delivery implements Attempts {

    private final ServiceCore<Deliveries, DeliveryEvent> core;

    public Delivery(ServiceCore<Deliveries, DeliveryEvent> core) {
        this.core = core;
    }

    /** A subscription not yet added: a new id, secret version 1. */
    public static Subscription newSubscription(String owner, DeliveryChannel channel, String address,
            List<Language> languages) {
        return new Subscription(UUID.randomUUID().toString(), owner, channel, address, languages, 1);
    }

    public void subscribe(Subscription subscription, Origin origin) {
        core.decide(state -> state.subscribe(subscription), origin);
    }

    public void unsubscribe(String subscriptionId, Origin origin) {
        core.decide(state -> state.unsubscribe(subscriptionId), origin);
    }

    /** The subscription with its next secret version. */
    public Subscription rotateSecret(String subscriptionId, Origin origin) {
        core.decide(state -> state.rotateSecret(subscriptionId), origin);
        return read(state -> state.subscription(subscriptionId));
    }

    /**
     * Group commit: the outcomes that came in together are one decision, one Kafka transaction, for each series
     * among them (an envelope names one series), instead of one transaction each under the state's lock.
     */
    @Override
    public List<DeliveryEvent> record(List<Attempted> attempts, Origin origin) {
        Map<String, List<Attempted>> bySeries = new LinkedHashMap<>();
        attempts.forEach(a -> bySeries.computeIfAbsent(a.due().message().seriesId(), s -> new ArrayList<>()).add(a));
        List<DeliveryEvent> recorded = new ArrayList<>();
        for (List<Attempted> ofSeries : bySeries.values()) {
            recorded.addAll(core.decide(state -> ofSeries.stream().flatMap(a -> outcome(state, a).stream()).toList(),
                    origin));
        }
        return recorded;
    }

    private static List<DeliveryEvent> outcome(Deliveries state, Attempted attempted) {
        Due due = attempted.due();
        String messageId = due.message().messageId();
        String subscriptionId = due.subscription().subscriptionId();
        return attempted.outcome() instanceof Outcome.Failed failed
                ? state.failed(messageId, subscriptionId, due.attempt(), failed.reason(), failed.permanent(),
                        attempted.at())
                : state.delivered(messageId, subscriptionId, due.attempt(),
                        ((Outcome.Accepted) attempted.outcome()).detail());
    }

    @Override
    public List<Due> due(Instant now, int limit) {
        return read(state -> state.due(now, limit));
    }

    @Override
    public boolean isDue(Due due, Instant now) {
        return read(state -> state.isDue(due, now));
    }

    /** True if this instance decides now (false on a standby). */
    @Override
    public boolean isActive() {
        return core.isActive();
    }

    public <R> R read(Function<Deliveries, R> query) {
        return core.read(query);
    }

    /** The series of one decision's events (subscriptions name {@link DeliveryEvent#SUBSCRIPTIONS_SERIES}). */
    public static String seriesIdOf(Deliveries state, List<DeliveryEvent> decided) {
        return decided.get(0).seriesId();
    }
}
