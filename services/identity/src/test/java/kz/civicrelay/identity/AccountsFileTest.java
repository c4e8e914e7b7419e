package kz.civicrelay.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import kz.civicrelay.identity.accounts.AccountsFile;

class AccountsFileTest {

    @Test
    void readsAccountsWithHashedPasswordsQuotedNamesAndRegions(@TempDir Path dir) throws Exception {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("s3cret");
        Path file = Files.writeString(dir.resolve("accounts.csv"), """
                username,password,name,roles,region
                # the secretariat
                aigerim,%s,"Сәрсенқызы, Айгерім",operator,
                team-almaty,%s,Алматы қаласының өңірлік командасы,regional-team,KZ-75
                """.formatted(hash, hash));

        assertThat(AccountsFile.read(file)).satisfiesExactly(
                a -> {
                    assertThat(a.username()).isEqualTo("aigerim");
                    assertThat(a.name()).isEqualTo("Сәрсенқызы, Айгерім");
                    assertThat(a.region()).isNull();
                },
                a -> {
                    assertThat(a.roles()).containsExactly("regional-team");
                    assertThat(a.region()).isEqualTo("KZ-75");
                });
    }

    @Test
    void refusesAPasswordInPlainText(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("accounts.csv"), "bob,hunter2,Bob,operator,\n");

        assertThatThrownBy(() -> AccountsFile.read(file)).hasMessageContaining("line 1")
                .hasMessageContaining("delegating hash").hasMessageNotContaining("hunter2");
    }

    @Test
    void refusesARegionalRoleWithoutARegion(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("accounts.csv"), "t,{bcrypt}$2a$10$x,Team,regional-team,\n");

        assertThatThrownBy(() -> AccountsFile.read(file)).hasMessageContaining("names none");
    }
}
