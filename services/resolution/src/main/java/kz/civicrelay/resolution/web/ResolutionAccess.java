package kz.civicrelay.resolution.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import kz.civicrelay.platform.security.EndpointRules;
import kz.civicrelay.platform.security.RelayRole;

/**
 * Resolution's part of the role × endpoint matrix. Reads are open (an adopted resolution and its follow-up are public;
 * a draft asks to sign in, checked by {@link Actors}); revisions need a sign-in; editors and operators draft;
 * operators record votes and adopt; operators and regional teams report follow-up (the region checked by
 * {@link Actors}).
 */
@Component
class ResolutionAccess implements EndpointRules {

    private static final String RECOMMENDATION = "/api/forums/*/resolution/recommendations/*";

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, RECOMMENDATION + "/revisions", RECOMMENDATION + "/diff")
                .hasAnyRole(EndpointRules.people())
                .requestMatchers(HttpMethod.GET, "/api/forums/*/resolution", "/api/forums/*/resolution/text",
                        "/api/forums/*/resolution/markdown", "/api/forums/*/resolution/pdf",
                        "/api/forums/*/resolution/earlier-open", RECOMMENDATION, RECOMMENDATION + "/progress",
                        "/api/series/*/recommendations").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/forums/*/resolution/adopt", RECOMMENDATION + "/vote")
                .hasRole(RelayRole.OPERATOR.roleName())
                .requestMatchers(HttpMethod.POST, RECOMMENDATION + "/progress")
                .hasAnyRole(EndpointRules.roles(RelayRole.OPERATOR, RelayRole.REGIONAL_TEAM))
                .requestMatchers(HttpMethod.PUT, "/api/forums/*/resolution/kind", "/api/forums/*/resolution/order")
                .hasAnyRole(EndpointRules.roles(RelayRole.OPERATOR, RelayRole.EDITOR))
                .requestMatchers(HttpMethod.POST, RECOMMENDATION + "/merge")
                .hasAnyRole(EndpointRules.roles(RelayRole.OPERATOR, RelayRole.EDITOR))
                .requestMatchers("/api/forums/*/resolution/recommendations", RECOMMENDATION)
                .hasAnyRole(EndpointRules.roles(RelayRole.OPERATOR, RelayRole.EDITOR));
    }
}
