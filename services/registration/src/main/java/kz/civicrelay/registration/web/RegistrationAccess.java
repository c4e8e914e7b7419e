package kz.civicrelay.registration.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import kz.civicrelay.platform.security.EndpointRules;
import kz.civicrelay.platform.security.RelayRole;

/**
 * Registration's part of the role × endpoint matrix. Counts are public; names and organisations reach only
 * operators, the participant's region's team and the participant (checked per registration by {@link Actors});
 * delegations reach operators and the region's team. A registration's QR code reaches who may see the registration;
 * check-in at the door is for operators and the host region's team, attendance figures for operators and regional
 * teams, lists to print for operators (every row) and regional teams (their region's rows) — decision 0019.
 */
@Component
class RegistrationAccess implements EndpointRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        String[] people = EndpointRules.roles(RelayRole.OPERATOR, RelayRole.REGIONAL_TEAM, RelayRole.PARTICIPANT);
        requests.requestMatchers(HttpMethod.GET, "/api/forums/*/registration").permitAll()
                .requestMatchers("/api/forums/*/participants", "/api/forums/*/participants/*",
                        "/api/forums/*/participants/*/decline", "/api/forums/*/participants/*/sessions").hasAnyRole(people)
                .requestMatchers(HttpMethod.GET, "/api/forums/*/participants/*/qr.png").hasAnyRole(people)
                .requestMatchers("/api/forums/*/delegations", "/api/forums/*/check-in", "/api/forums/*/attendance",
                        "/api/forums/*/lists/*")
                .hasAnyRole(EndpointRules.roles(RelayRole.OPERATOR, RelayRole.REGIONAL_TEAM));
    }
}
