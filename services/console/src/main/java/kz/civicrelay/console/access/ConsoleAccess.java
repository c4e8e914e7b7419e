package kz.civicrelay.console.access;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import kz.civicrelay.platform.security.EndpointRules;
import kz.civicrelay.platform.security.RelayRole;

/**
 * The console's part of the role × endpoint matrix (decision 0015): the page, who is signed in, the relay
 * track, forum pages (with their programme), the calendar feeds, status and the schemas are public; so are a forum's
 * resolution once adopted (a draft asks to sign in, checked where it is read), the series' follow-up table and the open
 * items of earlier forums, as at the resolution service; a recommendation's revisions and their diffs are for anyone
 * signed in. Each {@link Panel} is for its roles; whatever is left out is for operators.
 */
@Component
class ConsoleAccess implements EndpointRules {

    /** What the public reaches: the page itself and the relay as the public may see it. */
    static final String[] PUBLIC = { "/", "/index.html", "/app.js", "/style.css", "/api/me", "/api/status",
            "/api/series", "/api/series/*", "/api/forums/*", "/api/schemas", "/api/schemas/*",
            "/api/series/*/calendar.ics", "/api/forums/*/programme.ics", "/programme.js", "/roster.js", "/resolution.js",
            "/followup.js", "/history.js", "/api/forums/*/resolution", "/api/forums/*/resolution/earlier-open",
            "/api/series/*/recommendations" };

    /** What anyone signed in reaches, as at the resolution service: who wrote each revision, and the diffs. */
    static final String[] SIGNED_IN = { "/api/forums/*/resolution/recommendations/*/revisions",
            "/api/forums/*/resolution/recommendations/*/diff" };

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, PUBLIC).permitAll();
        requests.requestMatchers(HttpMethod.GET, SIGNED_IN).hasAnyRole(EndpointRules.people());
        for (Panel panel : Panel.values()) {
            requests.requestMatchers(HttpMethod.GET, panel.paths()).hasAnyRole(EndpointRules.roles(panel.roles()));
        }
        // The inbox's one act, passed on to handoff, which checks the team's region.
        requests.requestMatchers(HttpMethod.POST, "/api/notifications/*/acknowledge")
                .hasAnyRole(EndpointRules.roles(Panel.INBOX.roles()));
        // An operator's acts on a series, passed on to scheduling, which decides them.
        requests.requestMatchers(HttpMethod.POST, "/api/series/*/suspend", "/api/series/*/resume", "/api/series/*/close")
                .hasRole(RelayRole.OPERATOR.roleName());
    }
}
