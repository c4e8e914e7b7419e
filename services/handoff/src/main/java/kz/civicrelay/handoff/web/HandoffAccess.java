package kz.civicrelay.handoff.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import kz.civicrelay.platform.security.EndpointRules;
import kz.civicrelay.platform.security.RelayRole;

/**
 * Handoff's part of the role × endpoint matrix: where the baton is, and its handoffs, are public; a region's
 * notifications are its team's (checked per notification by {@link Actors}), operators' and auditors'. The page
 * of an e-mail's acknowledgement link is public: its signed token is the authority
 * ({@link AcknowledgementLinkController}).
 */
@Component
class HandoffAccess implements EndpointRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/baton", "/api/handoffs").permitAll()
                .requestMatchers(HttpMethod.GET, "/acknowledge/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/acknowledge/*").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/notifications", "/api/notifications/*")
                .hasAnyRole(EndpointRules.roles(RelayRole.OPERATOR, RelayRole.AUDITOR, RelayRole.REGIONAL_TEAM))
                .requestMatchers(HttpMethod.POST, "/api/notifications/*/acknowledge")
                .hasAnyRole(EndpointRules.roles(RelayRole.OPERATOR, RelayRole.REGIONAL_TEAM));
        requests.requestMatchers(HttpMethod.PUT, "/api/series/*/acknowledgement-sla").hasAnyRole(EndpointRules.roles(RelayRole.OPERATOR));
    }
}
