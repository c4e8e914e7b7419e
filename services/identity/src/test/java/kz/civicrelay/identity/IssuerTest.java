package kz.civicrelay.identity;

import kz.civicrelay.identity.clients.RelayClients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;

/** The issuer over real HTTP, driven as forumctl and the console drive it: no part of it is mocked. */
class IssuerTest {

    @TempDir
    static Path dataDir;
    private static RunningIssuer issuer;

    @BeforeAll
    static void start() {
        issuer = RunningIssuer.start(dataDir);
    }

    @AfterAll
    static void stop() {
        issuer.close();
    }

    @Test
    void servesTheDiscoveryDocumentAndTheKeySet() throws Exception {
        Map<String, Object> discovery = json(get("/.well-known/openid-configuration"));
        JWKSet keys = JWKSet.parse(get("/oauth2/jwks"));

        assertThat(discovery).containsEntry("issuer", issuer.url())
                .containsEntry("jwks_uri", issuer.url() + "/oauth2/jwks")
                .containsEntry("authorization_endpoint", issuer.url() + "/oauth2/authorize")
                .containsEntry("token_endpoint", issuer.url() + "/oauth2/token");
        assertThat(keys.getKeys()).singleElement().satisfies(key -> {
            assertThat(key.getKeyType().getValue()).isEqualTo("RSA");
            assertThat(key.isPrivate()).as("the published key is the public half only").isFalse();
        });
    }

    @Test
    void aRegionalTeamSignedInWithPkceGetsATokenCarryingTheTokenContract() throws Exception {
        Map<String, Object> tokens = new HeadlessClient(issuer.url()).signIn("team-kz-75", "relay-demo");

        SignedJWT access = verified((String) tokens.get("access_token"));
        assertThat(access.getJWTClaimsSet().getIssuer()).isEqualTo(issuer.url());
        assertThat(access.getJWTClaimsSet().getSubject()).isEqualTo("team-kz-75");
        assertThat(access.getJWTClaimsSet().getAudience()).contains("relay-api", "forumctl");
        assertThat(access.getJWTClaimsSet().getStringListClaim("relay_roles")).containsExactly("regional-team");
        assertThat(access.getJWTClaimsSet().getStringClaim("relay_region")).isEqualTo("KZ-75");
        assertThat(access.getJWTClaimsSet().getStringClaim("name"))
                .isEqualTo("Алматы қаласының өңірлік командасы / Региональная команда города Алматы");
        assertThat(access.getJWTClaimsSet().getExpirationTime().getTime()
                - access.getJWTClaimsSet().getIssueTime().getTime()).isEqualTo(30 * 60 * 1000L);
        SignedJWT id = verified((String) tokens.get("id_token"));
        assertThat(id.getJWTClaimsSet().getStringClaim("name")).contains("өңірлік");
        assertThat(id.getJWTClaimsSet().getStringClaim("preferred_username")).isEqualTo("team-kz-75");
        assertThat(id.getJWTClaimsSet().getStringListClaim("relay_roles")).containsExactly("regional-team");
        assertThat(id.getJWTClaimsSet().getStringClaim("relay_region")).isEqualTo("KZ-75");
        assertThat(tokens.get("refresh_token")).as("forumctl gets a refresh token").isNotNull();
    }

    @Test
    void anOperatorsTokenNamesNoRegion() throws Exception {
        Map<String, Object> tokens = new HeadlessClient(issuer.url()).signIn("operator", "relay-demo");

        SignedJWT access = verified((String) tokens.get("access_token"));
        assertThat(access.getJWTClaimsSet().getStringListClaim("relay_roles")).containsExactly("operator");
        assertThat(access.getJWTClaimsSet().getClaims()).doesNotContainKey("relay_region");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        Map<String, String> redirect = new HeadlessClient(issuer.url())
                .authorize("forumctl", HeadlessClient.REDIRECT, "team-kz-75", "not-the-password", true);

        assertThat(redirect).doesNotContainKey("code").containsEntry("error", "access_denied");
    }

    @Test
    void forumctlWithoutPkceIsRefused() throws Exception {
        Map<String, String> redirect = new HeadlessClient(issuer.url())
                .authorize("forumctl", HeadlessClient.REDIRECT, "team-kz-75", "relay-demo", false);

        assertThat(redirect).doesNotContainKey("code").containsEntry("error", "invalid_request");
    }

    @Test
    void aCodeIsNotRedeemedWithoutItsVerifier() throws Exception {
        HeadlessClient client = new HeadlessClient(issuer.url());
        Map<String, String> redirect = client.authorize("forumctl", HeadlessClient.REDIRECT, "operator", "relay-demo", true);

        HttpResponse<String> tokens = client.redeem("forumctl", redirect.get("code"), HeadlessClient.REDIRECT,
                Optional.of("a-verifier-that-is-not-the-one-the-challenge-was-made-from"));

        assertThat(tokens.statusCode()).isEqualTo(400);
        assertThat(tokens.body()).contains("invalid_grant");
    }

    @Test
    void forumctlRedirectsToAnyLoopbackPort() throws Exception {
        Map<String, String> redirect = new HeadlessClient(issuer.url())
                .authorize("forumctl", "http://127.0.0.1:41999/callback", "auditor", "relay-demo", true);

        assertThat(redirect).containsKey("code");
    }

    @Test
    void forumctlRefreshesItsTokensAndEachRefreshTokenIsSpentOnce() throws Exception {
        HeadlessClient client = new HeadlessClient(issuer.url());
        Map<String, Object> first = client.signIn("editor-kz-33", "relay-demo");

        HttpResponse<String> refreshed = client.refresh("forumctl", (String) first.get("refresh_token"));
        HttpResponse<String> again = client.refresh("forumctl", (String) first.get("refresh_token"));

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        Map<String, Object> second = json(refreshed.body());
        assertThat(second.get("access_token")).isNotEqualTo(first.get("access_token"));
        assertThat(second.get("refresh_token")).isNotNull().isNotEqualTo(first.get("refresh_token"));
        SignedJWT access = verified((String) second.get("access_token"));
        assertThat(access.getJWTClaimsSet().getSubject()).isEqualTo("editor-kz-33");
        assertThat(access.getJWTClaimsSet().getStringListClaim("relay_roles")).containsExactly("editor");
        assertThat(access.getJWTClaimsSet().getAudience()).contains("relay-api");
        assertThat(again.statusCode()).as("the spent refresh token").isEqualTo(400);
    }

    @Test
    void theConsoleSignsInWithItsSecretAndPkce() throws Exception {
        String redirectUri = "http://localhost:8080/login/oauth2/code/relay";
        HeadlessClient client = new HeadlessClient(issuer.url());
        Map<String, String> redirect = client.authorize("relay-console", redirectUri, "participant-kz-11", "relay-demo", true);
        String basic = Base64.getEncoder().encodeToString(("relay-console:" + RunningIssuer.CONSOLE_SECRET)
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> tokens = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer.url() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(HeadlessClient.form(Map.of("grant_type", "authorization_code",
                        "code", redirect.get("code"), "redirect_uri", redirectUri, "code_verifier", client.verifier))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        SignedJWT access = verified((String) json(tokens.body()).get("access_token"));
        assertThat(access.getJWTClaimsSet().getAudience()).contains("relay-api", "relay-console");
        assertThat(access.getJWTClaimsSet().getStringClaim("relay_region")).isEqualTo("KZ-11");
        assertThat(access.getJWTClaimsSet().getStringClaim("name")).isEqualTo("Ержан Қуанышұлы");
    }

    /**
     * Decision 0027: Prometheus gets a token by client credentials as {@code relay-metrics}: role monitor, the
     * services' audience, no person; with it (and with an operator's, not a team's) it reads the issuer's metrics.
     */
    @Test
    void prometheusGetsAMonitorsTokenByClientCredentialsAndReadsTheMetricsWithIt() throws Exception {
        HttpResponse<String> tokens = clientCredentials(RelayClients.METRICS, RunningIssuer.METRICS_SECRET);

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        String token = (String) json(tokens.body()).get("access_token");
        SignedJWT access = verified(token);
        assertThat(access.getJWTClaimsSet().getStringListClaim("relay_roles")).containsExactly("monitor");
        assertThat(access.getJWTClaimsSet().getAudience()).contains("relay-api", "relay-metrics");
        assertThat(access.getJWTClaimsSet().getSubject()).isEqualTo("relay-metrics");
        assertThat(access.getJWTClaimsSet().getClaims()).doesNotContainKey("relay_region");
        assertThat(json(tokens.body())).doesNotContainKey("refresh_token");
        assertThat(clientCredentials(RelayClients.METRICS, "a-wrong-secret").statusCode()).isEqualTo(401);
        assertThat(clientCredentials("relay-console", RunningIssuer.CONSOLE_SECRET).statusCode())
                .as("the console is no machine client").isEqualTo(400);

        assertThat(scrape(null).statusCode()).isEqualTo(401);
        HttpResponse<String> scraped = scrape(token);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes{application=\"identity\"")
                .doesNotContain(RunningIssuer.METRICS_SECRET).doesNotContain(RunningIssuer.CONSOLE_SECRET);
        String operator = (String) new HeadlessClient(issuer.url()).signIn("operator", "relay-demo").get("access_token");
        assertThat(scrape(operator).statusCode()).isEqualTo(200);
        String team = (String) new HeadlessClient(issuer.url()).signIn("team-kz-75", "relay-demo").get("access_token");
        assertThat(scrape(team).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> clientCredentials(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer.url() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> scrape(@org.jspecify.annotations.Nullable String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer.url() + "/actuator/prometheus"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessIsUpAndTheInfoNamesThePid() throws Exception {
        assertThat(get("/actuator/health/readiness")).contains("\"UP\"");
        assertThat(get("/actuator/info")).contains("\"pid\":" + ProcessHandle.current().pid());
    }

    @Test
    void theSignInFormSaysWhichSystemAsks() throws Exception {
        assertThat(get("/login")).contains("Азаматтық форумдар эстафетасы", "Civic forum relay", "name=\"_csrf\"");
    }

    private static SignedJWT verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        RSAKey key = (RSAKey) JWKSet.parse(get("/oauth2/jwks")).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).as("signed with the published key").isTrue();
        return jwt;
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer.url() + path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static Map<String, Object> json(String body) throws Exception {
        return JSONObjectUtils.parse(body);
    }
}
