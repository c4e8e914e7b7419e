package kz.civicrelay.console.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;

import kz.civicrelay.platform.security.RelaySecurityAutoConfiguration;
import kz.civicrelay.platform.security.CallerClaims;
import kz.civicrelay.platform.security.EndpointRules;
import kz.civicrelay.platform.security.ProblemResponses;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.platform.security.RelaySecurityProperties;

/**
 * The console's one filter chain: people sign in in the browser (OpenID Connect, authorization code with PKCE,
 * then a session; CSRF protection on for what a session may change, i.e. signing out), and scripts send a bearer
 * token on the same endpoints, validated as every relay service validates it (the platform's decoder and claims).
 * Both become the same {@link kz.civicrelay.platform.security.Caller}, held to the same endpoint rules; refusals
 * are problem+json, never a redirect, since the page itself is public and asks {@code /api/me} who is signed in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class ConsoleSecurity {


    @Bean
    SecurityFilterChain consoleFilterChain(HttpSecurity http, EndpointRules rules, JwtDecoder decoder, CallerClaims claims,
            ClientRegistrationRepository registrations) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        signedOut.setDefaultTargetUrl("/");
        http.authorizeHttpRequests(requests -> {
            // A stream's later dispatches were authorized when it was opened.
            requests.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll();
            requests.requestMatchers(RelaySecurityAutoConfiguration.OPEN).permitAll();
            RelaySecurityAutoConfiguration.metrics(requests);
            rules.authorize(requests);
            requests.anyRequest().hasRole(RelayRole.OPERATOR.roleName());
        })
                .oauth2Login(login -> login.loginPage("/").failureUrl("/?signin=failed").defaultSuccessUrl("/", true)
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new RelayAuthorities(claims))))
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(claims))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // A forged cross-site request rides on a session cookie: a request without a session (the public, a
                // bearer token) has nothing to forge, and is refused by the endpoint rules with 401 instead.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getSession(false) == null))
                // An API call refused before sign-in must not become the page shown after it.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * The registrations of {@code spring.security.oauth2.client}, with what Boot's properties cannot say: PKCE
     * (S256) even though the console is a confidential client, the issuer each ID token must name, and where the
     * issuer signs people out (RP-initiated logout). The provider's endpoints are configured explicitly (derived
     * from {@code relay.security.issuer-uri}), so nothing is fetched from the issuer at start: the console starts,
     * and serves the public, before the issuer does. (A provider configured with {@code issuer-uri} instead is
     * discovered at start, as Boot does it.)
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(OAuth2ClientProperties properties, RelaySecurityProperties relay,
            @Value("${relay.console.sign-out-uri:}") String signOutUri) {
        List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations()
                .values().stream().map(registration -> {
                    ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
                    Map<String, Object> metadata = new HashMap<>(provider.getConfigurationMetadata());
                    if (!signOutUri.isBlank()) {
                        metadata.putIfAbsent("end_session_endpoint", signOutUri);
                    }
                    return ClientRegistration.withClientRegistration(registration)
                            .issuerUri(provider.getIssuerUri() != null ? provider.getIssuerUri() : relay.issuerUri())
                            .providerConfigurationMetadata(metadata)
                            .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                            .build();
                }).toList();
        return new InMemoryClientRegistrationRepository(registrations);
    }
}
