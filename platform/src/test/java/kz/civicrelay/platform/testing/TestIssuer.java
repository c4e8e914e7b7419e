package kz.civicrelay.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.http.HttpHeaders;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import kz.civicrelay.platform.security.RelayRole;

/**
 * A token issuer for tests, one per test JVM: an RSA key whose public half it serves as a JWKS over HTTP, and
 * tokens signed with it that carry the claims of decision 0015. Services under test validate them exactly as
 * they validate the real issuer's (signature, expiry, issuer, audience); only the keys' address differs
 * ({@code relay.security.jwk-set-uri}, set as a system property, like {@link SharedKafkaBroker}'s address).
 * Also makes the tokens that must be refused: expired, signed with another key, for another audience or
 * from another issuer.
 */
public final class TestIssuer implements BeforeAllCallback {

    public static final String ISSUER = "http://issuer.test.invalid";
    public static final String AUDIENCE = "relay-api";

    private static volatile @Nullable Keys keys;
    /** Every token signed in this JVM, so tests can check none ever reaches a log line or an event. */
    private static final java.util.Set<String> ISSUED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestIssuer.class, key -> new Running(start()), Running.class);
        System.setProperty("relay.security.issuer-uri", ISSUER);
        System.setProperty("relay.security.jwk-set-uri", jwkSetUri());
    }

    /** Every token signed so far in this JVM. */
    public static java.util.Set<String> issued() {
        return java.util.Set.copyOf(ISSUED);
    }

    /** Whether a test of this JVM started the issuer. */
    public static boolean running() {
        return keys != null;
    }

    /** Where the keys are served. */
    public static String jwkSetUri() {
        return "http://127.0.0.1:" + keys().server.getAddress().getPort() + "/jwks";
    }

    public static String operator() {
        return token("operator-aigerim", "Әйгерім Сәрсенқызы", null, RelayRole.OPERATOR);
    }

    public static String auditor() {
        return token("auditor-dana", "Дана Әбішева", null, RelayRole.AUDITOR);
    }

    /** The team of {@code region}, e.g. {@code KZ-75}: subject {@code team-kz-75}. */
    public static String team(String region) {
        return token("team-" + region.toLowerCase(java.util.Locale.ROOT), "Өңірлік топ " + region, region,
                RelayRole.REGIONAL_TEAM);
    }

    /** The editorial group of the forum {@code region} hosts: subject {@code editor-kz-75}. */
    public static String editor(String region) {
        return token("editor-" + region.toLowerCase(java.util.Locale.ROOT), "Редакция " + region, region,
                RelayRole.EDITOR);
    }

    /** Prometheus' token: the machine role monitor, as the issuer's client {@code relay-metrics} gets it. */
    public static String monitor() {
        return token("relay-metrics", "relay-metrics", null, RelayRole.MONITOR);
    }

    public static String participant(String subject, String region) {
        return token(subject, "Қатысушы " + subject, region, RelayRole.PARTICIPANT);
    }

    /** A valid token for {@code subject} with {@code roles}, scoped to {@code region} when not null. */
    public static String token(String subject, String name, @Nullable String region, RelayRole... roles) {
        return sign(keys().key, claims(subject, name, region, roles).build());
    }

    /**
     * An OpenID Connect ID token for {@code clientId} (its only audience, so no {@code azp} is needed), echoing
     * the {@code nonce} of the authorization request, with the same relay claims as an access token: what an
     * app that signs people in (the console) receives from the token endpoint.
     */
    public static String idToken(String clientId, @Nullable String nonce, String subject, String name,
            @Nullable String region, RelayRole... roles) {
        JWTClaimsSet.Builder claims = claims(subject, name, region, roles).audience(clientId);
        return sign(keys().key, (nonce == null ? claims : claims.claim("nonce", nonce)).build());
    }

    /** Expired an hour ago (beyond any clock skew allowed). */
    public static String expired() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return sign(keys().key, claims("operator-aigerim", "Әйгерім", null, RelayRole.OPERATOR)
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofHours(1)))).build());
    }

    /** An operator's claims signed with a key the issuer never published. */
    public static String forged() {
        return sign(keys().otherKey, claims("operator-aigerim", "Әйгерім", null, RelayRole.OPERATOR).build());
    }

    public static String wrongAudience() {
        return sign(keys().key, claims("operator-aigerim", "Әйгерім", null, RelayRole.OPERATOR)
                .audience("another-api").build());
    }

    public static String wrongIssuer() {
        return sign(keys().key, claims("operator-aigerim", "Әйгерім", null, RelayRole.OPERATOR)
                .issuer("http://another-issuer.invalid").build());
    }

    /** For a {@code RestClient}'s {@code headers(…)}: {@code Authorization: Bearer <token>}. */
    public static Consumer<HttpHeaders> bearer(String token) {
        return headers -> headers.setBearerAuth(token);
    }

    private static JWTClaimsSet.Builder claims(String subject, String name, @Nullable String region, RelayRole... roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(subject)
                .audience(List.of(AUDIENCE, "relay-console")).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(30)))).jwtID(UUID.randomUUID().toString())
                .claim("name", name).claim("relay_roles", Arrays.stream(roles).map(RelayRole::claim).toList());
        return region == null ? claims : claims.claim("relay_region", region);
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            String token = jwt.serialize();
            ISSUED.add(token);
            return token;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Keys keys() {
        Keys running = keys;
        if (running == null) {
            throw new IllegalStateException("TestIssuer has not started: add @ExtendWith(TestIssuer.class)");
        }
        return running;
    }

    private static synchronized Keys start() {
        if (keys == null) {
            keys = new Keys();
        }
        return keys;
    }

    private static final class Keys {

        final RSAKey key = generate("test-issuer");
        final RSAKey otherKey = generate("test-issuer");
        final HttpServer server;

        Keys() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.start();
        }

        private static RSAKey generate(String keyId) {
            try {
                return new RSAKeyGenerator(2048).keyID(keyId).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private record Running(Keys running) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            running.server.stop(0);
            keys = null;
        }
    }
}
