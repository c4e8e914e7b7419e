package kz.civicrelay.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * A browser without a screen: the authorization-code flow with PKCE driven over plain HTTP, as a user would
 * click through it (authorize, the sign-in form with its CSRF token, back to the redirect with a code), then
 * the code redeemed at the token endpoint.
 */
final class HeadlessClient {

    static final String REDIRECT = "http://127.0.0.1:53682/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String issuer;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    final String verifier = random(32);

    HeadlessClient(String issuer) {
        this.issuer = issuer;
    }

    /** Where the flow ends: the redirect's query (code, state, or error). */
    Map<String, String> authorize(String clientId, String redirect, String user, String password, boolean pkce)
            throws Exception {
        Map<String, String> query = new LinkedHashMap<>(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", redirect, "scope", "openid profile", "state", "s-" + random(8)));
        if (pkce) {
            query.put("code_challenge", challenge(verifier));
            query.put("code_challenge_method", "S256");
        }
        HttpResponse<String> response = get(issuer + "/oauth2/authorize?" + form(query));
        String location = location(response);
        if (location.endsWith("/login")) {
            Matcher csrf = CSRF.matcher(get(location).body());
            if (!csrf.find()) {
                throw new IllegalStateException("No CSRF token in the sign-in form");
            }
            response = post(issuer + "/login", form(Map.of("username", user, "password", password, "_csrf", csrf.group(1))));
            location = location(response);
            if (location.contains("/login?error")) {
                return Map.of("error", "access_denied");
            }
            location = location(get(location));
        }
        return query(URI.create(location));
    }

    HttpResponse<String> redeem(String clientId, String code, String redirect, Optional<String> verifier)
            throws Exception {
        Map<String, String> body = new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirect, "client_id", clientId));
        verifier.ifPresent(v -> body.put("code_verifier", v));
        return post(issuer + "/oauth2/token", form(body));
    }

    HttpResponse<String> refresh(String clientId, String refreshToken) throws Exception {
        return post(issuer + "/oauth2/token", form(Map.of("grant_type", "refresh_token",
                "refresh_token", refreshToken, "client_id", clientId)));
    }

    /** The full flow for forumctl: the token endpoint's answer, parsed. */
    Map<String, Object> signIn(String user, String password) throws Exception {
        Map<String, String> redirect = authorize("forumctl", REDIRECT, user, password, true);
        HttpResponse<String> tokens = redeem("forumctl", redirect.get("code"), REDIRECT, Optional.of(verifier));
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("token endpoint: " + tokens.statusCode() + " " + tokens.body());
        }
        return JSONObjectUtils.parse(tokens.body());
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "Expected a redirect from " + response.uri() + ", got " + response.statusCode() + ": " + response.body()));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
