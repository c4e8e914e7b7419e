package kz.civicrelay.identity.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the issuer is told ({@code relay.identity.*}).
 *
 * @param issuer              the {@code iss} of every token, and where clients find the discovery document
 * @param dataDir             where the signing key is kept (a JWK file, read again at each start)
 * @param consoleSecret       the console's client secret; without one the console is not registered
 * @param consoleRedirectUris where the console may be sent back to after sign-in
 * @param consolePostLogoutRedirectUris where the console may be sent back to after signing out here too
 * @param seedDemoAccounts    the demo accounts (one per role and region, one password); never on a real deployment
 * @param accountsFile        accounts of a small deployment (CSV), used when demo accounts are not seeded
 * @param audience            the audience every access token carries beside the client id (decision 0015)
 * @param accessTokenTtl      how long an access token is valid
 * @param refreshTokenTtl     how long forumctl's refresh token is valid
 * @param metricsSecret       the metrics scraper's client secret ({@code relay-metrics}, client credentials, role
 *                            monitor); without one the client is not registered
 */
@ConfigurationProperties("relay.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("data/identity") Path dataDir,
        @Nullable String consoleSecret,
        @DefaultValue("http://localhost:8080/login/oauth2/code/relay") List<String> consoleRedirectUris,
        @DefaultValue("http://localhost:8080/") List<String> consolePostLogoutRedirectUris,
        @DefaultValue("false") boolean seedDemoAccounts,
        @Nullable Path accountsFile,
        @DefaultValue("relay-api") String audience,
        @DefaultValue("30m") Duration accessTokenTtl,
        @DefaultValue("8h") Duration refreshTokenTtl,
        @Nullable String metricsSecret) {
}
