package kz.civicrelay.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * A token decoder that verifies each distinct token once: a client sends the same bearer token with every request,
 * and checking its RS256 signature is most of the cost of a request that does little else (registration's opening
 * rush, docs/benchmarks.md). A token verified and validated is kept, at most {@value #MAX_TOKENS} of them, until it
 * expires (one without an expiry is never kept); one that fails is never kept. An expired one is decoded again
 * (and refused).
 */
final class VerifiedTokens implements JwtDecoder {

    static final int MAX_TOKENS = 10_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfter(new Expiry<String, Jwt>() {
            @Override
            public long expireAfterCreate(String token, Jwt jwt, long now) {
                Instant expiresAt = jwt.getExpiresAt();
                return expiresAt == null ? 0 : Math.max(0, Duration.between(clock.instant(), expiresAt).toNanos());
            }

            @Override
            public long expireAfterUpdate(String token, Jwt jwt, long now, long current) {
                return current;
            }

            @Override
            public long expireAfterRead(String token, Jwt jwt, long now, long current) {
                return current;
            }
        }).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        Instant now = clock.instant();
        if (known != null && known.getExpiresAt() != null && now.isBefore(known.getExpiresAt())) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }
}
