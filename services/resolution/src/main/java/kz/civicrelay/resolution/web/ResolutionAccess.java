package kz.civicrelay.resolution.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import kz.civicrelay.platform.security.EndpointRules;
import kz.civicrelay.platform.security.RelayRole;

/**
 * Resolution's part of the role × endpoint matrix. Reads are open (an adopted resolution is public; a draft
 * asks to sign in, checked by {@link Actors}); editors and operators draft; operators adopt.
 */
@Component
class ResolutionAccess implements EndpointRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/forums/*/resolution", "/api/forums/*/resolution/text",
                        "/api/forums/*/resolution/pdf", "/api/forums/*/resolution/recommendations/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/forums/*/resolution/adopt").hasRole(RelayRole.OPERATOR.roleName())
                .requestMatchers("/api/forums/*/resolution/recommendations", "/api/forums/*/resolution/recommendations/*")
                .hasAnyRole(EndpointRules.roles(RelayRole.OPERATOR, RelayRole.EDITOR));
    }
}
