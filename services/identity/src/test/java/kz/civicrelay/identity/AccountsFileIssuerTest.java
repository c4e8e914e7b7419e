package kz.civicrelay.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import com.nimbusds.jwt.SignedJWT;

/** A small deployment without demo data: the accounts come from its file, and no demo account exists. */
class AccountsFileIssuerTest {

    @Test
    void signsInTheAccountsOfTheFileAndNoDemoAccount(@TempDir Path dir) throws Exception {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("their-own-password");
        Path accounts = Files.writeString(dir.resolve("accounts.csv"), """
                username,password,name,roles,region
                aigerim,%s,Айгерім Сәрсенқызы,editor regional-team,KZ-33
                """.formatted(hash));

        try (RunningIssuer issuer = RunningIssuer.startWithAccounts(accounts, dir.resolve("identity"))) {
            Map<String, Object> tokens = new HeadlessClient(issuer.url()).signIn("aigerim", "their-own-password");
            Map<String, String> demo = new HeadlessClient(issuer.url())
                    .authorize("forumctl", HeadlessClient.REDIRECT, "operator", "relay-demo", true);

            var claims = SignedJWT.parse((String) tokens.get("access_token")).getJWTClaimsSet();
            assertThat(claims.getSubject()).isEqualTo("aigerim");
            assertThat(claims.getStringClaim("name")).isEqualTo("Айгерім Сәрсенқызы");
            assertThat(claims.getStringListClaim("relay_roles")).containsExactly("editor", "regional-team");
            assertThat(claims.getStringClaim("relay_region")).isEqualTo("KZ-33");
            assertThat(demo).as("no demo accounts").containsEntry("error", "access_denied");
        }
    }
}
