package kz.civicrelay.platform.security;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One way to be allowed an act: a role, scoped to a region for a region's team or editorial group (e.g.
 * the team of KZ-75 for a notification addressed to KZ-75), or a subject (the owner of a registration).
 */
public record Grant(RelayRole role, @Nullable String region, @Nullable String subject) {

    /** Anyone holding {@code role}. */
    public static Grant role(RelayRole role) {
        return new Grant(role, null, null);
    }

    /** The holder of {@code role} for region {@code regionCode}. */
    public static Grant inRegion(RelayRole role, String regionCode) {
        return new Grant(role, Objects.requireNonNull(regionCode), null);
    }

    /** The holder of {@code role} who is {@code subject}, e.g. the participant who registered. */
    public static Grant owner(RelayRole role, String subject) {
        return new Grant(role, null, Objects.requireNonNull(subject));
    }

    boolean admits(Caller caller) {
        if (!caller.roles().contains(role)) {
            return false;
        }
        if (region != null && !region.equalsIgnoreCase(String.valueOf(caller.region()))) {
            return false;
        }
        return subject == null || subject.equals(caller.subject());
    }

    @Override
    public String toString() {
        return role.claim() + (region != null ? " of " + region : "") + (subject != null ? " " + subject : "");
    }
}
