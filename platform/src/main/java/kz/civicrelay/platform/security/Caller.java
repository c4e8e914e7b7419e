package kz.civicrelay.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import kz.civicrelay.events.Actor;
import kz.civicrelay.platform.publish.Origin;

/**
 * Whoever sent a request, as their token says (decision 0015): the subject, the name people see, the roles
 * and the region those roles are scoped to. The envelope of every event a request writes records the caller
 * in the role that allowed the act, so the audit trail names who did what, as whom.
 */
public record Caller(String subject, String displayName, Set<RelayRole> roles, @Nullable String region) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(RelayRole role) {
        return roles.contains(role);
    }

    /** The first of {@code grants} this caller satisfies. */
    public Optional<Grant> firstOf(Grant... grants) {
        return Arrays.stream(grants).filter(g -> g.admits(this)).findFirst();
    }

    /** Whether any of {@code grants} admits this caller. */
    public boolean may(Grant... grants) {
        return firstOf(grants).isPresent();
    }

    /**
     * The origin of events written for this caller, acting in the first role of {@code grants} they hold
     * (so a region's team acknowledging its own notification is recorded as that team). Throws
     * {@link ForbiddenException} naming what would have allowed it when none does.
     */
    public Origin authorize(String act, Grant... grants) {
        Grant grant = firstOf(grants).orElseThrow(() -> new ForbiddenException(describe() + " may not " + act
                + "; allowed: " + Arrays.stream(grants).map(Grant::toString).collect(Collectors.joining(", "))));
        return Origin.command(actingAs(grant.role()));
    }

    /**
     * The caller of an endpoint open to the public that shows more to those signed in (a draft resolution):
     * the public is answered 401, to sign in first; a machine that only reads metrics ({@link RelayRole#MONITOR})
     * 403, since "signed in" means a person.
     */
    public static Caller signedIn(@Nullable Caller caller, String toDo) {
        if (caller == null) {
            throw new AuthenticationCredentialsNotFoundException("Sign in to " + toDo);
        }
        if (caller.roles().stream().allMatch(role -> role == RelayRole.MONITOR)) {
            throw new ForbiddenException(caller.describe() + " may not " + toDo + "; it reads the metrics only");
        }
        return caller;
    }

    /** The actor recorded for this caller acting as {@code role}. */
    public Actor actingAs(RelayRole role) {
        return new Actor(role.actorKind(), subject, displayName, role.scopedToRegion() || role == RelayRole.PARTICIPANT
                ? region : null);
    }

    /** e.g. {@code team-kz-11 (regional-team of KZ-11)}, for messages; no secrets. */
    public String describe() {
        return subject + " (" + roles.stream().map(r -> r.claim() + (r.scopedToRegion() && region != null ? " of " + region
                : "")).sorted().collect(Collectors.joining(", ")) + ")";
    }
}
