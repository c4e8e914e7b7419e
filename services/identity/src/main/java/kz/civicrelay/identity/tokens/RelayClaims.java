package kz.civicrelay.identity.tokens;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import kz.civicrelay.identity.accounts.Account;
import kz.civicrelay.identity.accounts.Accounts;
import kz.civicrelay.identity.clients.RelayClients;

/**
 * Puts the token contract of decision 0015 into every access token: {@code name}, {@code relay_roles},
 * {@code relay_region} (when the account has one) and an audience holding {@code relay-api} beside the client
 * id; and the same names into the ID token, for the console's sign-in. Looked up by the subject at each
 * issue, so a refreshed token says what the account says now. The metrics scraper's token (client credentials)
 * says role {@code monitor} and names no person.
 */
public final class RelayClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String NAME = "name";
    public static final String ROLES = "relay_roles";
    public static final String REGION = "relay_region";

    private final Accounts accounts;
    private final String audience;

    public RelayClaims(Accounts accounts, String audience) {
        this.accounts = accounts;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean access = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean id = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!access && !id) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            machine(context, access);
            return;
        }
        var principal = context.getPrincipal();
        Account account = principal == null ? null : accounts.find(principal.getName()).orElse(null);
        if (account == null) {
            return;
        }
        JwtClaimsSet.Builder claims = context.getClaims();
        claims.claim(NAME, account.name()).claim("preferred_username", account.username())
                .claim(ROLES, account.roles());
        String region = account.region();
        if (region != null) {
            claims.claim(REGION, region);
        }
        if (access) {
            audience(context);
        }
    }

    /** The metrics scraper's token: role monitor, the services' audience, no person (decision 0027). */
    private void machine(JwtEncodingContext context, boolean access) {
        if (access && RelayClients.METRICS.equals(context.getRegisteredClient().getClientId())) {
            context.getClaims().claim(NAME, RelayClients.METRICS).claim(ROLES, List.of("monitor"));
            audience(context);
        }
    }

    private void audience(JwtEncodingContext context) {
        List<String> aud = new ArrayList<>(List.of(context.getRegisteredClient().getClientId()));
        aud.add(audience);
        context.getClaims().audience(aud);
    }
}
