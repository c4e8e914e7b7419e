package kz.civicrelay.identity.accounts;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One person (or team) who may sign in, and what the tokens say about them (decision 0015): the subject,
 * a display name in any script, the relay roles, and the region for the roles scoped to one.
 *
 * @param username     the subject ({@code sub}), e.g. {@code team-kz-75}
 * @param passwordHash the password as a delegating hash ({@code {bcrypt}…}); never the password
 */
public record Account(String username, String passwordHash, String name, List<String> roles, @Nullable String region) {

    /** The roles decision 0015 knows. */
    public static final Set<String> ROLES = Set.of("operator", "regional-team", "editor", "auditor", "participant");
    /** The roles that act for one region, which they must name. */
    static final Set<String> REGIONAL_ROLES = Set.of("regional-team", "editor", "participant");

    public Account {
        if (username.isBlank()) {
            throw new IllegalArgumentException("An account needs a user name");
        }
        if (!passwordHash.startsWith("{")) {
            throw new IllegalArgumentException("The password of " + username
                    + " must be stored as a delegating hash such as {bcrypt}…, never as plain text");
        }
        roles = List.copyOf(roles);
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("The roles of " + username + " must be some of " + ROLES + ": " + roles);
        }
        if (region == null && roles.stream().anyMatch(REGIONAL_ROLES::contains)) {
            throw new IllegalArgumentException("The account " + username + " has a role for one region but names none");
        }
        if (region != null && !region.matches("KZ-\\d{2}")) {
            throw new IllegalArgumentException("The region of " + username + " is not a code such as KZ-75: " + region);
        }
    }

    /** Never the hash: an account may end up in a log line. */
    @Override
    public String toString() {
        return "Account[" + username + ", " + roles + (region == null ? "" : ", " + region) + "]";
    }
}
