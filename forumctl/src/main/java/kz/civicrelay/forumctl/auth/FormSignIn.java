package kz.civicrelay.forumctl.auth;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.civicrelay.forumctl.system.Reachability;

/**
 * Signs in without a browser: the authorization-code flow with PKCE, driven over plain HTTP as a person would
 * click through it (authorize, the issuer's sign-in form with its CSRF token, back to the loopback redirect),
 * then the code redeemed. Nothing needs to listen on the loopback port: the code is read from the redirect's
 * {@code Location}. This works with the embedded issuer's form login ({@code username}, {@code password},
 * {@code _csrf}); another provider's sign-in page is for a browser ({@code forumctl login --browser}).
 */
public final class FormSignIn {

    /** Where the issuer sends the code: the loopback address, any port (RFC 8252); nothing listens there. */
    static final String REDIRECT_URI = "http://127.0.0.1:53682/callback";
    static final String WRONG_PASSWORD = "sign-in refused: wrong user name or password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 8;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private FormSignIn() {
    }

    /** Signs {@code user} in at {@code issuer}; the tokens are returned, not stored (see {@link Session}). */
    public static SessionTokens signIn(String issuer, String user, String password) {
        IssuerEndpoints endpoints = IssuerEndpoints.discover(issuer);
        Pkce pkce = Pkce.fresh();
        String state = Pkce.random(16);
        String code = new FormSignIn().code(authorizationUri(endpoints, REDIRECT_URI, state, pkce), user, password, state);
        return new TokenEndpoint(endpoints).redeem(code, REDIRECT_URI, pkce);
    }

    /** The authorization request forumctl makes, for any redirect (the browser's loopback listener too). */
    static URI authorizationUri(IssuerEndpoints endpoints, String redirectUri, String state, Pkce pkce) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", TokenEndpoint.CLIENT_ID);
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid profile");
        query.put("state", state);
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", "S256");
        String authorization = endpoints.authorization().toString();
        return URI.create(authorization + (authorization.contains("?") ? "&" : "?") + TokenEndpoint.form(query));
    }

    private String code(URI authorize, String user, String password, String state) {
        HttpResponse<String> response = get(authorize);
        Optional<URI> next = location(response);
        for (int hop = 0; hop < MAX_REDIRECTS && next.isPresent(); hop++) {
            URI at = next.get();
            if (at.toString().startsWith(REDIRECT_URI)) {
                return codeFrom(at, state);
            }
            response = get(at);
            if (response.statusCode() == 200 && CSRF.matcher(response.body()).find()) {
                response = submit(response, user, password);
                Optional<URI> after = location(response);
                if (after.isEmpty() || after.get().getPath().endsWith("/login") && after.get().getQuery() != null
                        && after.get().getQuery().contains("error")) {
                    throw new SignInRefused(WRONG_PASSWORD);
                }
            }
            next = location(response);
        }
        throw new SignInRefused("sign-in failed: the issuer at " + authorize.getScheme() + "://" + authorize.getAuthority()
                + " did not send forumctl back with a code (HTTP " + response.statusCode()
                + "); with another identity provider, sign in with forumctl login --browser");
    }

    /** Fills in and posts the sign-in form of the page {@code form}. */
    private HttpResponse<String> submit(HttpResponse<String> form, String user, String password) {
        Matcher csrf = CSRF.matcher(form.body());
        Matcher action = ACTION.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in form has no CSRF token");
        }
        URI target = form.uri().resolve(action.find() ? action.group(1).replace("&amp;", "&") : "/login");
        String body = TokenEndpoint.form(Map.of("username", user, "password", password, "_csrf",
                csrf.group(1).replace("&amp;", "&")));
        return send(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The code in the redirect back to forumctl, or the issuer's refusal in one line. */
    static String codeFrom(URI redirect, String state) {
        Map<String, String> query = query(redirect);
        if (query.containsKey("error")) {
            throw new SignInRefused("sign-in refused by the issuer: " + query.get("error")
                    + (query.containsKey("error_description") ? " (" + query.get("error_description") + ")" : ""));
        }
        if (!state.equals(query.get("state")) || !query.containsKey("code")) {
            throw new SignInRefused("sign-in refused: the issuer's answer does not belong to this sign-in");
        }
        return query.get("code");
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

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(15)).build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signing in", e);
        } catch (IOException e) {
            throw Reachability.unreachable(built.uri(), e);
        }
    }

    private static Optional<URI> location(HttpResponse<String> response) {
        return response.statusCode() / 100 == 3
                ? response.headers().firstValue("Location").map(l -> response.uri().resolve(l))
                : Optional.empty();
    }
}
