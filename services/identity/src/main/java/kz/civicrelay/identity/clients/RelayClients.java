package kz.civicrelay.identity.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import kz.civicrelay.identity.config.IdentityProperties;

/**
 * The clients the relay has (decision 0015), registered in memory: the operators' console, a confidential
 * web client; Prometheus ({@value #METRICS}, client credentials, decision 0027); and forumctl, a public client on
 * the operator's own machine, which proves the code it redeems
 * with PKCE and is sent back to a loopback address on any port (RFC 8252: the issuer matches
 * {@code 127.0.0.1} redirects without their port).
 */
public final class RelayClients {

    public static final String CONSOLE = "relay-console";
    public static final String FORUMCTL = "forumctl";
    /** Prometheus, scraping every service's metrics with tokens it gets by client credentials (role monitor). */
    public static final String METRICS = "relay-metrics";
    /** forumctl's redirect: any port on the loopback address. */
    public static final String FORUMCTL_REDIRECT = "http://127.0.0.1/callback";

    private RelayClients() {
    }

    public static RegisteredClientRepository repository(IdentityProperties properties, PasswordEncoder passwords) {
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(forumctl(properties));
        String secret = properties.consoleSecret();
        if (secret != null && !secret.isBlank()) {
            clients.add(console(properties, passwords.encode(secret)));
        }
        String metricsSecret = properties.metricsSecret();
        if (metricsSecret != null && !metricsSecret.isBlank()) {
            clients.add(metrics(properties, passwords.encode(metricsSecret)));
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    private static RegisteredClient console(IdentityProperties properties, String secretHash) {
        RegisteredClient.Builder console = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(CONSOLE)
                .clientName("Civic forum relay: operators' console")
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens(properties));
        properties.consoleRedirectUris().forEach(console::redirectUri);
        properties.consolePostLogoutRedirectUris().forEach(console::postLogoutRedirectUri);
        return console.build();
    }

    /** A machine, not a person: client credentials only, no sign-in, no refresh; its tokens say role monitor. */
    private static RegisteredClient metrics(IdentityProperties properties, String secretHash) {
        return RegisteredClient.withId(UUID.randomUUID().toString()).clientId(METRICS)
                .clientName("Prometheus: the relay's metrics")
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build())
                .build();
    }

    private static RegisteredClient forumctl(IdentityProperties properties) {
        return RegisteredClient.withId(UUID.randomUUID().toString()).clientId(FORUMCTL)
                .clientName("forumctl (command line)")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(FORUMCTL_REDIRECT)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens(properties))
                .build();
    }

    /** Access tokens as JWTs; each refresh gives a new refresh token (the old one is spent). */
    private static TokenSettings tokens(IdentityProperties properties) {
        return TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl())
                .refreshTokenTimeToLive(properties.refreshTokenTtl()).reuseRefreshTokens(false).build();
    }
}
