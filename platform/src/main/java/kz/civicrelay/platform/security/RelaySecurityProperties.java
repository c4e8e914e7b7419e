package kz.civicrelay.platform.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where tokens come from and what they must say (decision 0015), under {@code relay.security}. A deployment
 * points {@code issuer-uri} at its own OIDC provider; the provider's discovery document gives the keys,
 * unless {@code jwk-set-uri} names them directly. Claim names are configurable for a provider that maps
 * roles and region under other names.
 *
 * @param enabled     false only for a service run entirely without sign-in (never the default)
 * @param issuerUri   the {@code iss} every token must carry; its discovery document gives the keys
 * @param jwkSetUri   the keys' address, when not to be discovered from the issuer
 * @param audience    a value {@code aud} must contain
 * @param claims      the names of the claims that carry roles, region and display name
 */
@ConfigurationProperties("relay.security")
public record RelaySecurityProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("http://localhost:9000") String issuerUri, @Nullable String jwkSetUri,
        @DefaultValue("relay-api") String audience, @DefaultValue Claims claims) {

    /** Names of the claims a token carries its relay rights in. */
    public record Claims(@DefaultValue("relay_roles") String roles, @DefaultValue("relay_region") String region,
            @DefaultValue("name") String name) {
    }
}
