package kz.civicrelay.delivery.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import kz.civicrelay.platform.security.EndpointRules;
import kz.civicrelay.platform.security.RelayRole;

/**
 * Delivery's part of the role × endpoint matrix: subscriptions are managed by operators and the regions' teams,
 * read by them and auditors; deliveries are read by all three. Which owner's is checked per call by
 * {@link Actors}.
 */
@Component
class DeliveryAccess implements EndpointRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        String[] readers = EndpointRules.roles(RelayRole.OPERATOR, RelayRole.AUDITOR, RelayRole.REGIONAL_TEAM);
        String[] managers = EndpointRules.roles(RelayRole.OPERATOR, RelayRole.REGIONAL_TEAM);
        requests.requestMatchers(HttpMethod.GET, "/api/subscriptions", "/api/deliveries").hasAnyRole(readers)
                .requestMatchers(HttpMethod.POST, "/api/subscriptions", "/api/subscriptions/*/rotate-secret")
                .hasAnyRole(managers)
                .requestMatchers(HttpMethod.DELETE, "/api/subscriptions/*").hasAnyRole(managers);
    }
}
