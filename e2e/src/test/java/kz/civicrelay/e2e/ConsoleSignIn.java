package kz.civicrelay.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in to the console as a browser does, against the real issuer: the console's authorization request, the
 * issuer's sign-in form, the redirect back with the code, the console's code exchange (with its secret and the
 * PKCE verifier), then a session. Like a browser, it keeps one cookie jar for {@code localhost} whatever the port
 * (RFC 6265: cookies do not isolate by port), so the console's and the issuer's session cookies must not clash.
 * Follows redirects itself and records them, so a test can say where the round trip went.
 */
final class ConsoleSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"(_csrf)\" value=\"([^\"]+)\"");

    private final HttpClient browser;
    private final List<String> visited = new ArrayList<>();

    ConsoleSignIn() {
        CookieManager cookies = new CookieManager();
        cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs {@code user} in at the console {@code consoleUrl}; answers the console's {@code /api/me} afterwards. */
    String signIn(String consoleUrl, String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = follow(get(consoleUrl + "/oauth2/authorization/relay"));
        Matcher csrf = CSRF.matcher(response.body());
        if (!response.uri().getPath().equals("/login") || !csrf.find()) {
            throw new IllegalStateException("expected the issuer's sign-in form, got " + response.uri() + " " + response.statusCode());
        }
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&" + csrf.group(1) + "="
                + encode(csrf.group(2));
        URI login = response.uri();
        follow(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return send(get(consoleUrl + "/api/me")).body();
    }

    /** Every address visited, in order (redirects included). */
    List<String> visited() {
        return List.copyOf(visited);
    }

    private HttpResponse<String> follow(HttpRequest first) throws IOException, InterruptedException {
        HttpResponse<String> response = send(first);
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(get(next.toString()));
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        visited.add(request.method() + " " + request.uri());
        return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
