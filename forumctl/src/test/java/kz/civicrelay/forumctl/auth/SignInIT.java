package kz.civicrelay.forumctl.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.civicrelay.forumctl.ForumCtl;
import kz.civicrelay.forumctl.system.EmbeddedIssuer;
import kz.civicrelay.forumctl.system.RelayService;
import kz.civicrelay.forumctl.system.ServiceProcess;

/**
 * forumctl signing in at a real identity issuer, started from its runnable jar as {@code forumctl up} starts it
 * (demo accounts, the key under the data folder, the console's secret in its environment).
 */
class SignInIT {

    private static final Path HOME = Path.of(System.getProperty("relay.home", "..")).toAbsolutePath().normalize();

    @TempDir
    static Path data;
    private static ServiceProcess issuer;
    private static String url;

    @TempDir
    Path forumctlHome;

    @BeforeAll
    static void startTheIssuer() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        issuer = new ServiceProcess(RelayService.IDENTITY, RelayService.IDENTITY.jar(HOME), port, "localhost:1",
                data.resolve("logs/identity.log"), EmbeddedIssuer.args(data), false)
                .withEnvironment(EmbeddedIssuer.environment(data)).start().awaitReady(Duration.ofMinutes(2));
        url = issuer.baseUrl();
    }

    @AfterAll
    static void stopTheIssuer() {
        if (issuer != null) {
            issuer.close();
        }
    }

    @BeforeEach
    void aHomeOfItsOwn() {
        System.setProperty("forumctl.home", forumctlHome.toString());
    }

    @AfterEach
    void noHome() {
        System.clearProperty("forumctl.home");
    }

    @Test
    void tokenPrintsTheAccessTokenOnlyCarryingTheRegionalTeamsClaims() {
        Run run = Run.of("token", "--issuer", url, "--user", "team-kz-75", "--password", "relay-demo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).doesNotContain("\n", " ").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        SignedInUser who = SignedInUser.of(run.out().strip());
        assertThat(who.subject()).isEqualTo("team-kz-75");
        assertThat(who.name()).isEqualTo("Алматы қаласының өңірлік командасы / Региональная команда города Алматы");
        assertThat(who.roles()).containsExactly("regional-team");
        assertThat(who.region()).isEqualTo("KZ-75");
        assertThat(forumctlHome.resolve(Session.FILE_NAME)).as("token stores nothing").doesNotExist();
    }

    @Test
    void aWrongPasswordIsRefusedInOnePlainLine() {
        Run run = Run.of("token", "--issuer", url, "--user", "team-kz-75", "--password", "not-the-password");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo(FormSignIn.WRONG_PASSWORD).doesNotContain("not-the-password");
    }

    @Test
    void loginStoresTheSessionForItsOwnerWhoamiSaysWhoAndLogoutRemovesIt() throws IOException {
        Run login = Run.of("login", "--issuer", url, "--user", "editor-kz-33", "--password", "relay-demo");
        Path file = forumctlHome.resolve(Session.FILE_NAME);

        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(login.out()).contains("Signed in as editor-kz-33", "Жетісу облысы", "editor", "KZ-33")
                .doesNotContain("relay-demo");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("access_token", "refresh_token").doesNotContain("relay-demo");

        Run whoami = Run.of("whoami");
        assertThat(whoami.exitCode()).isZero();
        assertThat(whoami.out()).contains("subject: editor-kz-33", "Жетісу облысы форумының редакциялық тобы",
                "roles:   editor", "region:  KZ-33", "issuer:  " + url, "expires: ");

        Run logout = Run.of("logout");
        assertThat(logout.out()).contains("Signed out");
        assertThat(file).doesNotExist();
        Run nobody = Run.of("whoami");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err().strip()).isEqualTo("not signed in: run forumctl login");
    }

    @Test
    void theSessionRenewsAnExpiredAccessTokenWithItsRefreshToken() throws IOException {
        Session.stored().signIn(url, "auditor", "relay-demo");
        Path file = forumctlHome.resolve(Session.FILE_NAME);
        String before = Files.readString(file);
        String expired = before.replaceAll("\"expires_at\":\"[^\"]+\"", "\"expires_at\":\"" + Instant.now().minusSeconds(60) + "\"");
        Files.writeString(file, expired);

        String bearer = Session.stored().requireBearer();

        assertThat(before).doesNotContain(bearer);
        assertThat(SignedInUser.of(bearer).subject()).isEqualTo("auditor");
        assertThat(Files.readString(file)).contains(bearer);
        assertThat(Session.stored().requireBearer()).as("the renewed token is kept and used again").isEqualTo(bearer);
    }

    @Test
    void withoutASessionABearerIsRefusedPlainly() {
        assertThat(Session.stored().bearer()).isEmpty();
        assertThatThrownBy(() -> Session.stored().requireBearer()).hasMessage("not signed in: run forumctl login");
        assertThat(Run.of("token").err().strip()).isEqualTo("not signed in: run forumctl login");
    }

    @Test
    void aCommandSignsInAsTheOperatorInMemoryOnly() {
        Session operator = Session.signedIn(url, "operator", EmbeddedIssuer.DEMO_PASSWORD);

        assertThat(SignedInUser.of(operator.requireBearer()).roles()).containsExactly("operator");
        assertThat(operator.file()).isEmpty();
        assertThat(forumctlHome.resolve(Session.FILE_NAME)).doesNotExist();
    }

    @Test
    void loginInABrowserWaitsOnALoopbackPortForTheCode() throws Exception {
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> login = CompletableFuture.supplyAsync(() -> ForumCtl.commandLine()
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(new StringWriter(), true))
                .execute("login", "--browser", "--issuer", url));
        Pattern address = Pattern.compile("(http://\\S+/oauth2/authorize\\?\\S+)");
        Matcher printed = await().atMost(Duration.ofSeconds(20)).until(() -> address.matcher(out.toString()), Matcher::find);

        browse(URI.create(printed.group(1)), "participant-kz-11", "relay-demo");

        assertThat(login.get()).isZero();
        assertThat(Session.stored().user()).hasValueSatisfying(who -> {
            assertThat(who.subject()).isEqualTo("participant-kz-11");
            assertThat(who.name()).isEqualTo("Ержан Қуанышұлы");
        });
    }

    @Test
    void upGivesTheIssuerTheConsoleSecretInItsEnvironmentNeverOnItsCommandLine() throws Exception {
        Path secretFile = data.resolve("secrets/console-client-secret");
        String secret = Files.readString(secretFile).strip();
        List<String> commandLine = ProcessHandle.of(issuer.pid()).orElseThrow().info().arguments().map(List::of)
                .orElse(List.of());
        HttpResponse<String> authorize = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
                + "/oauth2/authorize?response_type=code&client_id=relay-console&scope=openid&code_challenge=abc"
                + "&code_challenge_method=S256&redirect_uri=http://localhost:8080/login/oauth2/code/relay"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile))).isEqualTo("rw-------");
        assertThat(commandLine).isNotEmpty().noneMatch(arg -> arg.contains(secret));
        assertThat(Files.readString(issuer.logFile())).doesNotContain(secret, "relay-demo");
        assertThat(authorize.statusCode()).as("the console is a registered client: sent to sign in").isEqualTo(302);
        assertThat(authorize.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(EmbeddedIssuer.environment(data)).as("made once, then reused")
                .containsEntry(EmbeddedIssuer.CONSOLE_SECRET_VARIABLE, secret);
    }

    /**
     * Decision 0027: up gives the issuer Prometheus' client secret in its environment (never its command line or
     * log), kept owner-only beside the console's; the token it gets by client credentials is a monitor's only.
     */
    @Test
    void upRegistersPrometheusByTheSecretInTheIssuersEnvironmentAndItsTokenIsAMonitorsOnly() throws Exception {
        Path secretFile = data.resolve("secrets/metrics-client-secret");
        String secret = Files.readString(secretFile).strip();
        List<String> commandLine = ProcessHandle.of(issuer.pid()).orElseThrow().info().arguments().map(List::of)
                .orElse(List.of());
        HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/oauth2/token"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("relay-metrics:" + secret)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile))).isEqualTo("rw-------");
        assertThat(commandLine).isNotEmpty().noneMatch(arg -> arg.contains(secret));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        Matcher accessToken = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
        assertThat(accessToken.find()).as(token.body()).isTrue();
        SignedInUser prometheus = SignedInUser.of(accessToken.group(1));
        assertThat(prometheus.subject()).isEqualTo("relay-metrics");
        assertThat(prometheus.roles()).containsExactly("monitor");
        assertThat(prometheus.region()).isNull();
        assertThat(Files.readString(issuer.logFile())).doesNotContain(secret);
        assertThat(EmbeddedIssuer.environment(data)).as("made once, then reused")
                .containsEntry(EmbeddedIssuer.METRICS_SECRET_VARIABLE, secret);
    }

    /** A person in a browser: follows the address, fills in the sign-in form, and is sent back to forumctl. */
    private static void browse(URI start, String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(start).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        for (int hop = 0; hop < 8; hop++) {
            Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
            HttpRequest next;
            if (page.statusCode() == 200 && csrf.find()) {
                next = HttpRequest.newBuilder(page.uri().resolve("/login")).header("Content-Type",
                        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(TokenEndpoint.form(
                                Map.of("username", user, "password", password, "_csrf", csrf.group(1))))).build();
            } else if (page.statusCode() / 100 == 3) {
                next = HttpRequest.newBuilder(page.uri().resolve(page.headers().firstValue("Location").orElseThrow()))
                        .header("Accept", "text/html").build();
            } else {
                assertThat(page.body()).as("forumctl's page after the sign-in").contains("Signed in");
                return;
            }
            page = browser.send(next, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        throw new AssertionError("The browser was not sent back to forumctl");
    }

    private record Run(int exitCode, String out, String err) {

        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exitCode = ForumCtl.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                    .execute(args);
            return new Run(exitCode, out.toString(), err.toString());
        }
    }
}
