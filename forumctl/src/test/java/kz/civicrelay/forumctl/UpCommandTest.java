package kz.civicrelay.forumctl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kz.civicrelay.forumctl.system.MailSettings;
import picocli.CommandLine;

class UpCommandTest {

    @Test
    void theMailCatcherRunsOnItsDefaultPortsUnlessToldOthers() {
        UpCommand up = parse();
        UpCommand moved = parse("--smtp-port", "13025", "--imap-port", "13143", "--mail-web-port", "18025");

        assertThat(up.mail()).isEqualTo(MailSettings.catcherOnDefaultPorts());
        assertThat(moved.mail()).isEqualTo(new MailSettings(null, 13025, 13143, 18025));
    }

    @Test
    void smtpHostSendsThroughARealServerAndNoCatcherRuns() {
        UpCommand up = parse("--smtp-host", "smtp.example.kz", "--smtp-port", "587");

        assertThat(up.mail().catcher()).isFalse();
        assertThat(up.mail().deliveryArgs()).containsExactly("--spring.mail.host=smtp.example.kz", "--spring.mail.port=587");
    }

    private static UpCommand parse(String... args) {
        UpCommand up = new UpCommand();
        new CommandLine(up).parseArgs(args);
        return up;
    }
}
