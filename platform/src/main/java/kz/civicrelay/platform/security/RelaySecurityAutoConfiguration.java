package kz.civicrelay.platform.security;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes a relay service that states its {@link EndpointRules} an OAuth 2.0 resource server (decision 0015):
 * stateless, every request's bearer token validated (signature by the issuer's keys, expiry, issuer,
 * audience), refusals as problem+json, the {@link Caller} for controllers. Health probes and the API
 * description stay open; what the rules leave out is for operators.
 *
 * <p>The keys are fetched when the first token arrives, not at start: a service starts, rebuilds its state
 * and serves the public while the issuer is still starting.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnClass({ HttpSecurity.class, JwtDecoder.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(EndpointRules.class)
@ConditionalOnProperty(name = "relay.security.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RelaySecurityProperties.class)
public class RelaySecurityAutoConfiguration {

    /** Open to everyone on every relay service: health probes, the pid for forumctl up, the API description. */
    public static final String[] OPEN = { "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/error" };

    /** Every service's metrics, in Prometheus' format (decision 0027). */
    public static final String METRICS = "/actuator/prometheus";

    /** Who may read {@link #METRICS}: operators, auditors, and the machine role Prometheus scrapes as. */
    public static final RelayRole[] METRICS_READERS = { RelayRole.OPERATOR, RelayRole.AUDITOR, RelayRole.MONITOR };

    /** The metrics rule, the same on every service (and the console, which builds its own chain). */
    public static void metrics(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, METRICS).hasAnyRole(EndpointRules.roles(METRICS_READERS));
    }

    @Bean
    CallerClaims callerClaims(RelaySecurityProperties properties) {
        return new CallerClaims(properties.claims());
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder relayJwtDecoder(RelaySecurityProperties properties) {
        return new VerifiedTokens(new SupplierJwtDecoder(() -> {
            String jwkSetUri = properties.jwkSetUri();
            NimbusJwtDecoder decoder = jwkSetUri != null && !jwkSetUri.isBlank()
                    ? NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build()
                    : (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(properties.issuerUri());
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                            audience -> audience != null && audience.contains(properties.audience()))));
            return decoder;
        }), java.time.Clock.systemUTC());
    }

    /** Unless the app builds its own chain from the same parts (the console also signs people in by sessions). */
    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain relayApiSecurity(HttpSecurity http, EndpointRules rules, JwtDecoder decoder, CallerClaims claims)
            throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(OPEN).permitAll();
                    metrics(requests);
                    rules.authorize(requests);
                    requests.anyRequest().hasRole(RelayRole.OPERATOR.roleName());
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(claims))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    WebMvcConfigurer callerArguments(CallerClaims claims) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver(claims));
            }
        };
    }
}
