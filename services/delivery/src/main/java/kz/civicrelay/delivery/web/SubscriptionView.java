package kz.civicrelay.delivery.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.domain.Subscription;

/**
 * A subscription as the API shows it. {@code address} is left out for a caller who may not see personal data;
 * {@code secret} (a webhook's signing secret, {@code whsec_…}) is only in the answer that made it.
 */
record SubscriptionView(String subscriptionId, String owner, String channel, @Nullable String address,
        List<String> languages, int secretVersion, @Nullable Instant addedAt, @Nullable String secret) {

    static SubscriptionView of(Subscription s, @Nullable Instant addedAt, boolean withAddress,
            @Nullable String secret) {
        return new SubscriptionView(s.subscriptionId(), s.owner(), s.channel().name().toLowerCase(Locale.ROOT),
                withAddress ? s.address() : null, s.languages().stream().map(Language::code).toList(),
                s.secretVersion(), addedAt, secret);
    }
}
