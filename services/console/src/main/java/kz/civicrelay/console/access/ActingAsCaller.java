package kz.civicrelay.console.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An act the console passes on to the service that decides it, with the caller's own access token: a browser
 * session's (renewed by its refresh token when it expired), or the bearer token the caller sent, so the event names
 * the person and the service checks their right. The service may run as several instances (one URL each): a
 * standby's 503 or an instance that does not answer passes the act to the next. The service's answer, success or
 * problem, goes back as it came; the token is never logged.
 */
@Component
public class ActingAsCaller {

    private final OAuth2AuthorizedClientManager clients;
    private final JdkClientHttpRequestFactory requests;

    ActingAsCaller(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
        this.requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        this.requests.setReadTimeout(Duration.ofSeconds(15));
    }

    /** A client of each instance of a service, in the order given. */
    public List<RestClient> instances(List<URI> urls) {
        return urls.stream().map(url -> RestClient.builder().requestFactory(requests).baseUrl(url.toString()).build())
                .toList();
    }

    /** POSTs {@code body} to {@code path} at the first instance that decides, as the caller. */
    public ResponseEntity<String> post(List<RestClient> instances, String service, URI path, String body,
            HttpServletRequest request, HttpServletResponse response) {
        String token = accessToken(request, response);
        if (token == null) {
            return problem(HttpStatus.UNAUTHORIZED, "No access token to act with: sign in again");
        }
        ResponseEntity<String> answer = problem(HttpStatus.BAD_GATEWAY, "No " + service + " service is configured");
        for (RestClient instance : instances) {
            try {
                answer = instance.post().uri(path.toString()).headers(h -> h.setBearerAuth(token))
                        .contentType(MediaType.APPLICATION_JSON).body(body)
                        .exchange((req, reply) -> ResponseEntity.status(reply.getStatusCode())
                                .contentType(reply.getHeaders().getContentType() != null
                                        ? reply.getHeaders().getContentType() : MediaType.APPLICATION_JSON)
                                .body(new String(reply.getBody().readAllBytes(), StandardCharsets.UTF_8)));
            } catch (RestClientException e) {
                answer = problem(HttpStatus.BAD_GATEWAY, "The " + service + " service did not answer: "
                        + e.getMostSpecificCause().getMessage());
                continue;
            }
            if (answer.getStatusCode().value() != HttpStatus.SERVICE_UNAVAILABLE.value()) {
                return answer; // decided here (or refused): a standby answers 503, the active instance decides
            }
        }
        return answer;
    }

    private @Nullable String accessToken(HttpServletRequest request, HttpServletResponse response) {
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
                + ",\"detail\":" + tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(detail) + "}";
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .body(json);
    }
}
