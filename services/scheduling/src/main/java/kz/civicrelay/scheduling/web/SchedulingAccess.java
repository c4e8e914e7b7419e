package kz.civicrelay.scheduling.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import kz.civicrelay.platform.security.EndpointRules;
import kz.civicrelay.platform.security.RelayRole;

/**
 * Scheduling's part of the role × endpoint matrix: the series and forum pages, programmes and calendar feeds are
 * public; operators plan, edit plans and programmes, run, suspend, resume and close series.
 */
@Component
class SchedulingAccess implements EndpointRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/series", "/api/series/*", "/api/forums/*",
                "/api/forums/*/programme", "/api/series/*/calendar.ics", "/api/forums/*/programme.ics").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/series", "/api/series/*/*", "/api/forums/*/*")
                .hasRole(RelayRole.OPERATOR.roleName())
                .requestMatchers(HttpMethod.PATCH, "/api/forums/*").hasRole(RelayRole.OPERATOR.roleName())
                .requestMatchers(HttpMethod.PUT, "/api/forums/*/programme").hasRole(RelayRole.OPERATOR.roleName());
    }
}
