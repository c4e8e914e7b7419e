package kz.civicrelay.forumctl.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who an access token says its holder is (decision 0015's claims): read from the token's payload for
 * display only. forumctl does not check the signature; the services do, on every request.
 */
public record SignedInUser(String subject, String name, List<String> roles, @Nullable String region, Instant expiresAt) {

    public SignedInUser {
        roles = List.copyOf(roles);
    }

    /** The claims of a JWT access token; refuses something that is not one. */
    public static SignedInUser of(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length != 3) {
            throw new IllegalStateException("The access token is not a JWT");
        }
        try {
            JsonNode claims = new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
            List<String> roles = new ArrayList<>();
            claims.path("relay_roles").forEach(role -> roles.add(role.asText()));
            String subject = claims.path("sub").asText("");
            return new SignedInUser(subject, claims.path("name").asText(subject), roles,
                    claims.hasNonNull("relay_region") ? claims.get("relay_region").asText() : null,
                    Instant.ofEpochSecond(claims.path("exp").asLong(0)));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("The access token's claims cannot be read", e);
        }
    }
}
