package kz.civicrelay.forumctl.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void byDefaultDeliverySendsToTheMailCatcherOnLoopback() {
        MailSettings mail = MailSettings.catcherOnDefaultPorts();

        assertThat(mail.catcher()).isTrue();
        assertThat(mail.deliveryArgs()).containsExactly("--spring.mail.host=127.0.0.1", "--spring.mail.port=3025");
        assertThat(mail.webUrl()).isEqualTo("http://localhost:8025");
        assertThat(List.of(mail.smtpPort(), mail.imapPort(), mail.apiPort())).containsExactly(3025, 3143, 8025);
    }

    @Test
    void aRealSmtpServerReplacesTheCatcher() {
        MailSettings mail = new MailSettings("smtp.example.kz", 587, 3143, 8025);

        assertThat(mail.catcher()).isFalse();
        assertThat(mail.deliveryArgs()).containsExactly("--spring.mail.host=smtp.example.kz", "--spring.mail.port=587");
    }

    @Test
    void deliveryLinksToTheConsoleHandoffAndResolutionWhereverTheyRunOnACluster() {
        var instances = ServiceInstance.twoPerService(Map.of("console", 18080, "handoff", 18084));

        assertThat(RelaySystem.deliveryLinks(instances)).containsExactly("--relay.delivery.console-url=http://localhost:18080",
                "--relay.delivery.handoff-url=http://localhost:18084", "--relay.delivery.resolution-url=http://localhost:8083");
    }
}
