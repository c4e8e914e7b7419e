package kz.civicrelay.forumctl.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.system.Reachability;

/**
 * forumctl at the issuer's token endpoint, as the public client {@value #CLIENT_ID}: redeems a code with its
 * PKCE verifier, and refreshes a session. Refusals come back as one plain line; tokens never appear in one.
 */
final class TokenEndpoint {

    static final String CLIENT_ID = "forumctl";

    private final IssuerEndpoints issuer;

    TokenEndpoint(IssuerEndpoints issuer) {
        this.issuer = issuer;
    }

    SessionTokens redeem(String code, String redirectUri, Pkce pkce) {
        return post(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                "client_id", CLIENT_ID, "code_verifier", pkce.verifier()), "sign-in refused");
    }

    SessionTokens refresh(String refreshToken) {
        return post(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", CLIENT_ID),
                "the session could not be renewed");
    }

    private SessionTokens post(Map<String, String> fields, String refusal) {
        URI uri = issuer.token();
        try {
            HttpResponse<String> response = IssuerEndpoints.HTTP.send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = new ObjectMapper().readTree(response.body().isBlank() ? "{}" : response.body());
            if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
                String error = body.path("error").asText("HTTP " + response.statusCode());
                String description = body.path("error_description").asText("");
                throw new SignInRefused(refusal + ": the issuer answered " + error
                        + (description.isBlank() ? "" : " (" + description + ")"));
            }
            long expiresIn = body.path("expires_in").asLong(300);
            return new SessionTokens(issuer.issuer(), body.get("access_token").asText(),
                    body.hasNonNull("refresh_token") ? body.get("refresh_token").asText() : null,
                    Instant.now().plusSeconds(expiresIn));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + uri, e);
        } catch (IOException e) {
            throw Reachability.unreachable(uri, e);
        }
    }

    static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
