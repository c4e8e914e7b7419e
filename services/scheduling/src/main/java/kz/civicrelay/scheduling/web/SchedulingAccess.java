package kz.civicrelay.scheduling.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import kz.civicrelay.platform.security.EndpointRules;
import kz.civicrelay.platform.security.RelayRole;

/** Scheduling's part of the role × endpoint matrix: the plan and forum pages are public; operators run the series. */
@Component
class SchedulingAccess implements EndpointRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/series", "/api/forums/*").permitAll().requestMatchers(HttpMethod.POST, "/api/forums/*/cancel").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/series", "/api/forums/*/*").hasRole(RelayRole.OPERATOR.roleName());
    }
}
