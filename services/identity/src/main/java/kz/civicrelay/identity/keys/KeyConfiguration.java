package kz.civicrelay.identity.keys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import kz.civicrelay.identity.config.IdentityProperties;

/** The one signing key, as the key set the issuer publishes ({@code /oauth2/jwks}), signs with and checks with. */
@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    @Bean
    RSAKey signingKey(IdentityProperties properties) {
        return SigningKey.loadOrCreate(properties.dataDir());
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    @Bean
    NimbusJwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
        return new NimbusJwtEncoder(jwkSource);
    }

    /** For the user-info endpoint, which takes this issuer's own access tokens. */
    @Bean
    JwtDecoder jwtDecoder(RSAKey signingKey) throws com.nimbusds.jose.JOSEException {
        return NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey()).build();
    }
}
