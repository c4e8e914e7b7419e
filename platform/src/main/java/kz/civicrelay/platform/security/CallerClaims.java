package kz.civicrelay.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a validated token's claims as a {@link Caller}, and gives Spring Security one authority per relay
 * role ({@code ROLE_OPERATOR}, …). Role names it does not know are ignored; a scoped role without a region
 * is ignored too, so a half-configured provider cannot grant a region's rights everywhere.
 */
public final class CallerClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    private final RelaySecurityProperties.Claims names;

    public CallerClaims(RelaySecurityProperties.Claims names) {
        this.names = names;
    }

    public Caller caller(Jwt jwt) {
        return caller((ClaimAccessor) jwt);
    }

    /**
     * The caller any set of claims names: an access token's, or those of a person signed in by OpenID Connect
     * (the ID token's and userinfo's, as a browser session of the console holds them), read by the same rules.
     */
    public Caller caller(ClaimAccessor token) {
        String sub = token.getClaimAsString("sub");
        String subject = sub == null ? "unknown" : sub;
        String region = region(token);
        Set<RelayRole> roles = EnumSet.noneOf(RelayRole.class);
        for (String claim : roleClaims(token)) {
            RelayRole.fromClaim(claim).filter(r -> !r.scopedToRegion() || region != null).ifPresent(roles::add);
        }
        return new Caller(subject, displayName(token, subject), roles, region);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Caller caller = caller(jwt);
        return new JwtAuthenticationToken(jwt,
                caller.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(), caller.subject());
    }

    private List<String> roleClaims(ClaimAccessor token) {
        Object value = token.getClaims().get(names.roles());
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text) {
            return List.of(text.split("[ ,]+"));
        }
        return List.of();
    }

    private @Nullable String region(ClaimAccessor token) {
        String region = token.getClaimAsString(names.region());
        return region == null || region.isBlank() ? null : region.strip().toUpperCase(Locale.ROOT);
    }

    private String displayName(ClaimAccessor token, String subject) {
        for (String claim : List.of(names.name(), "preferred_username")) {
            String value = token.getClaimAsString(claim);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return subject;
    }
}
