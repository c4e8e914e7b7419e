package kz.civicrelay.platform.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import kz.civicrelay.events.ActorKind;

/**
 * The roles of decision 0015, as a token names them in its {@code relay_roles} claim. A caller without a
 * token is the public, which is no role.
 */
public enum RelayRole {
    /** The secretariat: every write, every read. */
    OPERATOR("operator", ActorKind.OPERATOR, false),
    /** A region's team: its notifications, its region's participants. Scoped to a region. */
    REGIONAL_TEAM("regional-team", ActorKind.REGIONAL_TEAM, true),
    /** The editorial group of the forum a region hosts: that forum's recommendations. Scoped to a region. */
    EDITOR("editor", ActorKind.EDITOR, true),
    /** Reads everything but personal data, runs audits, writes nothing. */
    AUDITOR("auditor", ActorKind.AUDITOR, false),
    /** A person taking part: their own registrations. */
    PARTICIPANT("participant", ActorKind.PARTICIPANT, false),
    /**
     * A machine that watches the relay (Prometheus): it reads {@code /actuator/prometheus} and nothing else. It never
     * acts, so its actor kind is never written; a service's is the nearest.
     */
    MONITOR("monitor", ActorKind.SERVICE, false);

    private final String claim;
    private final ActorKind kind;
    private final boolean scoped;

    RelayRole(String claim, ActorKind kind, boolean scoped) {
        this.claim = claim;
        this.kind = kind;
        this.scoped = scoped;
    }

    /** The role's name in a token, e.g. {@code regional-team}. */
    public String claim() {
        return claim;
    }

    /** The Spring Security authority of the role, e.g. {@code ROLE_REGIONAL_TEAM}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role's name for {@code hasRole}, e.g. {@code REGIONAL_TEAM}. */
    public String roleName() {
        return name();
    }

    ActorKind actorKind() {
        return kind;
    }

    /** Whether the role means anything only together with a region. */
    public boolean scopedToRegion() {
        return scoped;
    }

    /** The role a token's claim value names; unknown names are no role. */
    public static Optional<RelayRole> fromClaim(String value) {
        String normalised = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(r -> r.claim.equals(normalised)).findFirst();
    }
}
