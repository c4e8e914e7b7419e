package kz.civicrelay.console.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

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
 * problem, goes back as it came; the token is never logged. Reads go the same way (a forum's delegations and
 * waitlist, the lists to print: registration decides what the caller may see).
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
        ResponseEntity<byte[]> answer = firstDeciding(instances, service, request, response, (instance, token) ->
                instance.post().uri(path.toString()).headers(h -> h.setBearerAuth(token))
                        .contentType(MediaType.APPLICATION_JSON).body(body));
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .body(new String(answer.getBody() == null ? new byte[0] : answer.getBody(), StandardCharsets.UTF_8));
    }

    /**
     * GETs {@code path} (with its query) from the first instance that answers, as the caller: the body as it came,
     * bytes untouched, with its content type and, for a file, its {@code Content-Disposition}.
     */
    public ResponseEntity<byte[]> get(List<RestClient> instances, String service, URI path, HttpServletRequest request,
            HttpServletResponse response) {
        return firstDeciding(instances, service, request, response, (instance, token) ->
                instance.get().uri(path.toString()).headers(h -> h.setBearerAuth(token)));
    }

    private ResponseEntity<byte[]> firstDeciding(List<RestClient> instances, String service,
            HttpServletRequest request, HttpServletResponse response,
            BiFunction<RestClient, String, RestClient.RequestHeadersSpec<?>> call) {
        String token = accessToken(request, response);
        if (token == null) {
            return problem(HttpStatus.UNAUTHORIZED, "No access token to act with: sign in again");
        }
        ResponseEntity<byte[]> answer = problem(HttpStatus.BAD_GATEWAY, "No " + service + " service is configured");
        for (RestClient instance : instances) {
            try {
                answer = call.apply(instance, token).exchange((req, reply) -> {
                    HttpHeaders headers = new HttpHeaders();
                    headers.setContentType(reply.getHeaders().getContentType() != null
                            ? reply.getHeaders().getContentType() : MediaType.APPLICATION_JSON);
                    String disposition = reply.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
                    if (disposition != null) {
                        headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
                    }
                    return ResponseEntity.status(reply.getStatusCode()).headers(headers)
                            .body(reply.getBody().readAllBytes());
                });
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

    private static ResponseEntity<byte[]> problem(HttpStatus status, String detail) {
        String json = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
                + ",\"detail\":" + tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(detail) + "}";
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .body(json.getBytes(StandardCharsets.UTF_8));
    }
}
