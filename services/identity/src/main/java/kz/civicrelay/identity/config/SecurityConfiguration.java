package kz.civicrelay.identity.config;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import kz.civicrelay.identity.accounts.Account;
import kz.civicrelay.identity.accounts.Accounts;
import kz.civicrelay.identity.accounts.AccountsFile;
import kz.civicrelay.identity.accounts.DemoAccounts;
import kz.civicrelay.identity.clients.RelayClients;
import kz.civicrelay.identity.tokens.PublicClientRefresh;
import kz.civicrelay.identity.tokens.RelayClaims;


/**
 * How the issuer is wired: its endpoints (OAuth 2.1 and OpenID Connect) in one filter chain, its metrics in
 * another (Prometheus' bearer token), the sign-in form and the health probes in a third; the accounts, the two clients and the token contract.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClientRepository clients) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults())
                    .clientAuthentication(client -> client.authenticationConverter(PublicClientRefresh.converter())
                            .authenticationProvider(PublicClientRefresh.provider(clients)));
        });
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /**
     * The issuer's own metrics, for Prometheus' token as on every service (decision 0027): operators, auditors and
     * role monitor, read from this issuer's own tokens (their {@code relay_roles}); no session, no sign-in page.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, JwtDecoder decoder) throws Exception {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(RelayClaims.ROLES);
        roles.setAuthorityPrefix("relay:");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyAuthority("relay:operator", "relay:auditor", "relay:monitor"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/favicon.ico", "/actuator/health", "/actuator/health/**",
                                "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The demo accounts if asked for, else those of the accounts file, else none (and a warning). */
    @Bean
    Accounts accounts(IdentityProperties properties, PasswordEncoder passwords) {
        if (properties.seedDemoAccounts()) {
            List<Account> demo = DemoAccounts.all(passwords.encode(DemoAccounts.PASSWORD));
            LOG.info("{} demo accounts seeded (operator, auditor, team-kz-NN, editor-kz-NN, participants); "
                    + "demo data, not for a real deployment", demo.size());
            return new Accounts(demo);
        }
        if (properties.accountsFile() != null) {
            Accounts accounts = new Accounts(AccountsFile.read(properties.accountsFile()));
            LOG.info("{} accounts read from {}", accounts.size(), properties.accountsFile());
            return accounts;
        }
        LOG.warn("No accounts: nobody can sign in. Set relay.identity.accounts-file (or, for a demo, "
                + "relay.identity.seed-demo-accounts=true)");
        return new Accounts(List.of());
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties, PasswordEncoder passwords) {
        return RelayClients.repository(properties, passwords);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RelayClaims relayClaims(Accounts accounts, IdentityProperties properties) {
        return new RelayClaims(accounts, properties.audience());
    }

    /** Access and ID tokens as JWTs carrying the relay's claims; refresh tokens for forumctl too. */
    @Bean
    OAuth2TokenGenerator<OAuth2Token> tokenGenerator(NimbusJwtEncoder jwtEncoder, RelayClaims claims) {
        JwtGenerator jwt = new JwtGenerator(jwtEncoder);
        jwt.setJwtCustomizer(claims);
        return new DelegatingOAuth2TokenGenerator(jwt, PublicClientRefresh.generator());
    }
}
