package kz.civicrelay.console.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import kz.civicrelay.platform.security.CallerClaims;

/**
 * Gives a person signed in by OpenID Connect the authorities of their relay roles ({@code ROLE_OPERATOR}, …),
 * read from the ID token's and userinfo's claims by the same rules as a bearer token's ({@link CallerClaims}), so
 * one set of endpoint rules holds for a browser session and a script alike.
 */
final class RelayAuthorities implements GrantedAuthoritiesMapper {

    private final CallerClaims claims;

    RelayAuthorities(CallerClaims claims) {
        this.claims = claims;
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                Map<String, Object> signedIn = new HashMap<>(oidc.getIdToken().getClaims());
                if (oidc.getUserInfo() != null) {
                    signedIn.putAll(oidc.getUserInfo().getClaims());
                }
                claims.caller(() -> signedIn).roles()
                        .forEach(role -> mapped.add(new SimpleGrantedAuthority(role.authority())));
            }
        }
        return mapped;
    }
}
