package kz.civicrelay.delivery.web;

import java.util.Locale;

import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.reference.Regions;

/** Whose subscriptions and deliveries: a known region code (any case) or {@code secretariat}. */
final class Owners {

    private Owners() {
    }

    /** The owner as stored: a region code in upper case, or {@code secretariat}; IllegalArgumentException else. */
    static String of(String owner) {
        String trimmed = owner.strip();
        if (Subscription.SECRETARIAT.equalsIgnoreCase(trimmed)) {
            return Subscription.SECRETARIAT;
        }
        String code = trimmed.toUpperCase(Locale.ROOT);
        if (!Regions.isKnown(code)) {
            throw new IllegalArgumentException("owner: " + owner + " is neither a region code (KZ-NN) nor secretariat");
        }
        return code;
    }
}
