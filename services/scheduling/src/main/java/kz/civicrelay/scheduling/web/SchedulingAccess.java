package kz.civicrelay.scheduling.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import kz.civicrelay.platform.security.EndpointRules;
import kz.civicrelay.platform.security.RelayRole;

/**
 * Scheduling's part of the role × endpoint matrix: the series and forum pages are public; operators plan, run,
 * suspend, resume and close series.
 */
@Component
class SchedulingAccess implements EndpointRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/series", "/api/series/*", "/api/forums/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/series", "/api/series/*/*", "/api/forums/*/*")
                .hasRole(RelayRole.OPERATOR.roleName());
    }
}
