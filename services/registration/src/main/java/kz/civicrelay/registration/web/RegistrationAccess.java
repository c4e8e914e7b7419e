package kz.civicrelay.registration.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import kz.civicrelay.platform.security.EndpointRules;
import kz.civicrelay.platform.security.RelayRole;

/**
 * Registration's part of the role × endpoint matrix. Counts are public; names and organisations reach only
 * operators, the participant's region's team and the participant (checked per registration by {@link Actors});
 * delegations reach operators and the region's team.
 */
@Component
class RegistrationAccess implements EndpointRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        String[] people = EndpointRules.roles(RelayRole.OPERATOR, RelayRole.REGIONAL_TEAM, RelayRole.PARTICIPANT);
        requests.requestMatchers(HttpMethod.GET, "/api/forums/*/registration").permitAll()
                .requestMatchers("/api/forums/*/participants", "/api/forums/*/participants/*",
                        "/api/forums/*/participants/*/decline").hasAnyRole(people)
                .requestMatchers("/api/forums/*/delegations")
                .hasAnyRole(EndpointRules.roles(RelayRole.OPERATOR, RelayRole.REGIONAL_TEAM));
    }
}
