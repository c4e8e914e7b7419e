package kz.civicrelay.forumctl.auth;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What one sign-in gives forumctl: the access token the services take, the refresh token that gets the next
 * one without the password, when the access token expires, and which issuer gave them (which refreshes them).
 */
public record SessionTokens(String issuer, String accessToken, @Nullable String refreshToken, Instant expiresAt) {

    /** True if the access token is still good for at least {@code marginSeconds}. */
    public boolean validFor(long marginSeconds) {
        return Instant.now().plusSeconds(marginSeconds).isBefore(expiresAt);
    }

    /** Never the tokens. */
    @Override
    public String toString() {
        return "SessionTokens[issuer=" + issuer + ", expiresAt=" + expiresAt + "]";
    }
}
