package kz.civicrelay.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Each distinct token is verified once while it is valid; failures and expired tokens are verified every time. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2027-03-10T09:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (token.startsWith("bad")) {
            throw new BadJwtException("signature does not verify");
        }
        if (token.startsWith("expired") && !now.isBefore(NOW.plusSeconds(60))) {
            throw new BadJwtException("expired");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("operator-aigerim").issuedAt(NOW)
                .expiresAt(token.startsWith("forever") ? null : NOW.plusSeconds(60)).build();
    };
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

    @Test
    void verifiesAValidTokenOnceUntilItExpires() {
        assertThat(tokens.decode("good").getSubject()).isEqualTo("operator-aigerim");
        tokens.decode("good");
        tokens.decode("good");

        assertThat(verifications).hasValue(1);
        tokens.decode("other");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void verifiesAnExpiredTokenAgainAndRefusesIt() {
        tokens.decode("expired");
        now = NOW.plusSeconds(60);

        assertThatThrownBy(() -> tokens.decode("expired")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void neverKeepsAFailureOrATokenWithoutExpiry() {
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        tokens.decode("forever");
        tokens.decode("forever");

        assertThat(verifications).hasValue(4);
    }
}
