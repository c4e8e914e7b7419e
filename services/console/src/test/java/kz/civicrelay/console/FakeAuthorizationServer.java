package kz.civicrelay.console;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.platform.testing.TestIssuer;

/**
 * A stand-in for the relay's issuer ({@code services/identity}) in the browser's sign-in round trip, until that
 * service can run beside the console's tests: the authorization endpoint signs in, at once, the person it was
 * told to and sends the browser back with a code; the token endpoint gives tokens (signed by {@link TestIssuer},
 * the ID token echoing the nonce) only to {@code relay-console} with its secret, and only for a
 * {@code code_verifier} whose S256 hash is the {@code code_challenge} the console sent (PKCE, checked, not
 * assumed); userinfo answers with the same claims; the end-session endpoint sends the browser back.
 */
final class FakeAuthorizationServer implements AutoCloseable {

    static final String CLIENT_ID = "relay-console";
    static final String CLIENT_SECRET = "console-test-secret";

    /** Who the authorization endpoint signs in. */
    record Person(String subject, String name, @Nullable String region, RelayRole role) {
    }

    private record Grant(Person person, String challenge, String redirectUri, @Nullable String nonce) {
    }

    private final HttpServer server;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Person> accessTokens = new ConcurrentHashMap<>();
    private volatile Person signsIn = new Person("operator-aigerim", "Әйгерім Сәрсенқызы", null, RelayRole.OPERATOR);

    private FakeAuthorizationServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/oauth2/authorize", this::authorize);
        server.createContext("/oauth2/token", this::token);
        server.createContext("/userinfo", this::userInfo);
        server.createContext("/connect/logout", this::endSession);
        server.start();
    }

    static FakeAuthorizationServer start() {
        return new FakeAuthorizationServer();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void signsIn(Person person) {
        signsIn = person;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(query.get("client_id")) || !"S256".equals(query.get("code_challenge_method"))
                || query.get("code_challenge") == null || query.get("redirect_uri") == null) {
            respond(exchange, 400, "text/plain", "unknown client or no PKCE");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(signsIn, query.get("code_challenge"), query.get("redirect_uri"), query.get("nonce")));
        exchange.getResponseHeaders().set("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8));
        respond(exchange, 302, "text/plain", "");
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        Grant grant = codes.remove(body.getOrDefault("code", ""));
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        if (grant == null || !grant.redirectUri().equals(body.get("redirect_uri"))
                || !grant.challenge().equals(s256(body.getOrDefault("code_verifier", "")))) {
            respond(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        Person person = grant.person();
        String access = TestIssuer.token(person.subject(), person.name(), person.region(), person.role());
        accessTokens.put(access, person);
        String id = TestIssuer.idToken(CLIENT_ID, grant.nonce(), person.subject(), person.name(), person.region(),
                person.role());
        respond(exchange, 200, "application/json", "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":1800,\"scope\":\"openid profile\",\"id_token\":\"" + id + "\"}");
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Person person = authorization == null ? null : accessTokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (person == null) {
            respond(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        respond(exchange, 200, "application/json", "{\"sub\":\"" + person.subject() + "\",\"name\":\"" + person.name()
                + "\",\"relay_roles\":[\"" + person.role().claim() + "\"]"
                + (person.region() == null ? "" : ",\"relay_region\":\"" + person.region() + "\"") + "}");
    }

    private void endSession(HttpExchange exchange) throws IOException {
        String back = form(exchange.getRequestURI().getRawQuery()).get("post_logout_redirect_uri");
        exchange.getResponseHeaders().set("Location", back == null ? "/" : back);
        respond(exchange, 302, "text/plain", "");
    }

    private static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> form(@Nullable String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            List<String> parts = List.of(pair.split("=", 2));
            values.put(URLDecoder.decode(parts.get(0), StandardCharsets.UTF_8),
                    parts.size() > 1 ? URLDecoder.decode(parts.get(1), StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
