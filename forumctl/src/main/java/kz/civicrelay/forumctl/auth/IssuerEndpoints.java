package kz.civicrelay.forumctl.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.system.Reachability;

/**
 * Where an OpenID Connect issuer signs people in and issues tokens, read from its discovery document
 * ({@code /.well-known/openid-configuration}), so that forumctl works with any provider that follows it.
 */
record IssuerEndpoints(String issuer, URI authorization, URI token) {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static IssuerEndpoints discover(String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        URI discovery = URI.create(base + "/.well-known/openid-configuration");
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No OpenID Connect issuer at " + issuer + " (" + discovery + " answered "
                        + response.statusCode() + ")");
            }
            JsonNode document = new ObjectMapper().readTree(response.body());
            return new IssuerEndpoints(document.path("issuer").asText(base),
                    URI.create(document.path("authorization_endpoint").asText()),
                    URI.create(document.path("token_endpoint").asText()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + issuer, e);
        } catch (IOException e) {
            throw Reachability.unreachable(discovery, e);
        }
    }
}
