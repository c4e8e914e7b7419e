package kz.civicrelay.console.access;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;

import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.RelayRole;

/**
 * Who is signed in, for the page to greet them (or offer to sign in) and to show only the panels their role
 * reaches; the same answer for a bearer token, so a script can check what its token says.
 */
@RestController
class MeController {

    @Operation(summary = "Who is signed in (subject, name, roles, region, the panels they reach), or signedIn: false")
    @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Me me(@Nullable Caller caller, HttpServletRequest request) {
        if (caller == null) {
            return new Me(false, null, null, List.of(), null, List.of(), null);
        }
        return new Me(true, caller.subject(), caller.displayName(),
                caller.roles().stream().map(RelayRole::claim).sorted().toList(), caller.region(),
                Panel.openTo(Panel.all(), caller), signOut(request));
    }

    /**
     * What the page posts to {@code /logout} to end a browser session (the CSRF token); none for a bearer token,
     * which has no session to end.
     */
    private static @Nullable SignOut signOut(HttpServletRequest request) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken)) {
            return null;
        }
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? null : new SignOut("/logout", token.getParameterName(), token.getToken());
    }

    /** {@code {"signedIn": false}} for the public. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Me(boolean signedIn, @Nullable String subject, @Nullable String name, List<String> roles,
            @Nullable String region, List<String> panels, @Nullable SignOut signOut) {
    }

    /** A form post to {@code action} with {@code parameter=token} signs the session out. */
    record SignOut(String action, String parameter, String token) {
    }
}
