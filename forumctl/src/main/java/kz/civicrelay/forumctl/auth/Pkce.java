package kz.civicrelay.forumctl.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636, S256): the secret {@code verifier} stays with forumctl, the issuer
 * sees only its hash ({@code challenge}) until the code is redeemed, so a code caught on its way back to the
 * loopback address is worth nothing to anyone else.
 */
record Pkce(String verifier, String challenge) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static Pkce fresh() {
        String verifier = random(32);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256", e);
        }
    }

    /** {@code bytes} random bytes, base64url without padding (for a verifier or a state). */
    static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** Never the verifier. */
    @Override
    public String toString() {
        return "Pkce[challenge=" + challenge + "]";
    }
}
