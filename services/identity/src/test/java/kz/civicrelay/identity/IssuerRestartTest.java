package kz.civicrelay.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

/** The signing key outlives a restart of the issuer; what it logs (at DEBUG too) holds no secret. */
@ExtendWith(OutputCaptureExtension.class)
class IssuerRestartTest {

    @Test
    void aTokenIssuedBeforeARestartVerifiesAgainstTheKeySetAfterItAndNoSecretIsLogged(@TempDir Path dataDir,
            CapturedOutput output) throws Exception {
        int port = RunningIssuer.freePort();
        String[] debug = {"--logging.level.org.springframework.security=DEBUG", "--logging.level.kz.civicrelay=DEBUG"};
        Map<String, Object> tokens;
        String kidBefore;
        try (RunningIssuer issuer = RunningIssuer.start(port, dataDir, debug)) {
            tokens = new HeadlessClient(issuer.url()).signIn("team-kz-75", "relay-demo");
            kidBefore = JWKSet.parse(get(issuer.url() + "/oauth2/jwks")).getKeys().get(0).getKeyID();
        }
        Path keyFile = dataDir.resolve("signing-key.jwk.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        try (RunningIssuer issuer = RunningIssuer.start(port, dataDir, debug)) {
            JWKSet keys = JWKSet.parse(get(issuer.url() + "/oauth2/jwks"));
            SignedJWT old = SignedJWT.parse((String) tokens.get("access_token"));

            assertThat(keys.getKeys()).singleElement().extracting(k -> k.getKeyID()).isEqualTo(kidBefore);
            assertThat(old.verify(new RSASSAVerifier((RSAKey) keys.getKeyByKeyId(old.getHeader().getKeyID())))).isTrue();
        }
        String logged = output.getAll();
        assertThat(logged).contains("Signing key " + kidBefore);
        assertThat(logged).as("no authorization code").doesNotContain("callback?code=");
        assertThat(logged).doesNotContain("relay-demo", RunningIssuer.CONSOLE_SECRET,
                (String) tokens.get("access_token"), (String) tokens.get("refresh_token"), (String) tokens.get("id_token"),
                Files.readString(keyFile).replaceAll(".*\"d\":\"([^\"]+)\".*", "$1"));
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
