package kz.civicrelay.console.inbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Passes an acknowledgement on to the handoff service ({@code relay.console.handoff-url}: one URL, or each instance's,
 * comma-separated; a standby's 503 or an instance that does not answer passes it to the next) with the caller's access
 * token: a browser session's (renewed by its refresh token when it expired), or the bearer token the caller sent.
 * Handoff's answer, success or problem, goes back as it came; the token is never logged.
 */
@Component
class HandoffAcknowledgements {

    private final OAuth2AuthorizedClientManager clients;
    private final List<RestClient> handoffs;

    HandoffAcknowledgements(OAuth2AuthorizedClientManager clients,
            @Value("${relay.console.handoff-url:http://localhost:8084}") List<URI> handoffUrls) {
        this.clients = clients;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(15));
        this.handoffs = handoffUrls.stream()
                .map(url -> RestClient.builder().requestFactory(requests).baseUrl(url.toString()).build()).toList();
    }

    ResponseEntity<String> acknowledge(String notificationId, String body, HttpServletRequest request,
            HttpServletResponse response) {
        String token = accessToken(request, response);
        if (token == null) {
            return problem(HttpStatus.UNAUTHORIZED, "No access token to act with: sign in again");
        }
        URI target = UriComponentsBuilder.fromPath("/api/notifications/{id}/acknowledge").buildAndExpand(notificationId)
                .toUri();
        ResponseEntity<String> answer = problem(HttpStatus.BAD_GATEWAY, "No handoff service is configured");
        for (RestClient handoff : handoffs) {
            try {
                answer = handoff.post().uri(target.toString()).headers(h -> h.setBearerAuth(token))
                        .contentType(MediaType.APPLICATION_JSON).body(body)
                        .exchange((req, reply) -> ResponseEntity.status(reply.getStatusCode())
                                .contentType(reply.getHeaders().getContentType() != null
                                        ? reply.getHeaders().getContentType() : MediaType.APPLICATION_JSON)
                                .body(new String(reply.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            } catch (RestClientException e) {
                answer = problem(HttpStatus.BAD_GATEWAY, "The handoff service did not answer: "
                        + e.getMostSpecificCause().getMessage());
                continue;
            }
            if (answer.getStatusCode().value() != HttpStatus.SERVICE_UNAVAILABLE.value()) {
                return answer; // decided here (or refused): a standby answers 503, the active instance decides
            }
        }
        return answer;
    }

    private @org.jspecify.annotations.Nullable String accessToken(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getTokenValue();
        }
        if (authentication instanceof OAuth2AuthenticationToken signedIn) {
            OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(signedIn.getAuthorizedClientRegistrationId()).principal(signedIn)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response).build());
            return client == null ? null : client.getAccessToken().getTokenValue();
        }
        return null;
    }

    private static ResponseEntity<String> problem(HttpStatus status, String detail) {
        String json = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
                + ",\"detail\":" + quoted(detail) + "}";
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .body(json);
    }

    private static String quoted(String text) {
        return tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(text);
    }
}
