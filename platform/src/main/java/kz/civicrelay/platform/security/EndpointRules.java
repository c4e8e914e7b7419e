package kz.civicrelay.platform.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's part of the role × endpoint matrix: which roles reach which of its endpoints (the public
 * with {@code permitAll()}). Rights scoped to a region, a forum or a registration are checked further by the
 * controllers with {@link Caller#authorize}. Whatever the rules leave out is for operators only.
 */
@FunctionalInterface
public interface EndpointRules {

    void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);

    /**
     * {@code hasAnyRole} argument for every role a person signs in with: "anyone signed in" (not the machine role
     * {@link RelayRole#MONITOR}, which reads metrics only).
     */
    static String[] people() {
        return java.util.Arrays.stream(RelayRole.values()).filter(role -> role != RelayRole.MONITOR)
                .map(RelayRole::roleName).toArray(String[]::new);
    }

    /** {@code hasAnyRole} argument for these roles. */
    static String[] roles(RelayRole... roles) {
        return java.util.Arrays.stream(roles).map(RelayRole::roleName).toArray(String[]::new);
    }
}
