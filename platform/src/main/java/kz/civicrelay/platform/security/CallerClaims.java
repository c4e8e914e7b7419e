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
        String subject = jwt.getSubject() == null ? "unknown" : jwt.getSubject();
        String region = region(jwt);
        Set<RelayRole> roles = EnumSet.noneOf(RelayRole.class);
        for (String claim : roleClaims(jwt)) {
            RelayRole.fromClaim(claim).filter(r -> !r.scopedToRegion() || region != null).ifPresent(roles::add);
        }
        return new Caller(subject, displayName(jwt, subject), roles, region);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Caller caller = caller(jwt);
        return new JwtAuthenticationToken(jwt,
                caller.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(), caller.subject());
    }

    private List<String> roleClaims(Jwt jwt) {
        Object value = jwt.getClaims().get(names.roles());
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text) {
            return List.of(text.split("[ ,]+"));
        }
        return List.of();
    }

    private @Nullable String region(Jwt jwt) {
        String region = jwt.getClaimAsString(names.region());
        return region == null || region.isBlank() ? null : region.strip().toUpperCase(Locale.ROOT);
    }

    private String displayName(Jwt jwt, String subject) {
        for (String claim : List.of(names.name(), "preferred_username")) {
            String value = jwt.getClaimAsString(claim);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return subject;
    }
}
