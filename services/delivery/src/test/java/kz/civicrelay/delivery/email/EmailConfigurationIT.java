package kz.civicrelay.delivery.email;

import static kz.civicrelay.delivery.email.MailSamples.ISSUED;
import static kz.civicrelay.delivery.email.MailSamples.NOTIFICATION_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.send.Channel;
import kz.civicrelay.delivery.send.Outcome;
import kz.civicrelay.delivery.domain.DeliveryChannel;
import kz.civicrelay.platform.links.AcknowledgementLinks;

/**
 * The e-mail channel as Spring wires it from properties ({@code spring.mail.*}, {@code relay.delivery.*},
 * {@code relay.links.key}) with Boot's mail sender, against GreenMail. No broker: only the configuration.
 */
class EmailConfigurationIT {

    private int port;
    private GreenMail smtp;

    @BeforeEach
    void startTheMailServer() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopTheMailServer() {
        smtp.stop();
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
                .withUserConfiguration(EmailConfiguration.class)
                .withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + port,
                        "spring.mail.properties.mail.smtp.timeout=5000",
                        "relay.delivery.console-url=https://console.test.kz/",
                        "relay.delivery.handoff-url=https://handoff.test.kz",
                        "relay.delivery.mail-from=Азаматтық форумдар эстафетасы <relay@test.kz>");
    }

    @Test
    void shouldSendThroughTheConfiguredServerWithTheConfiguredLinksAndSender() {
        runner().withPropertyValues("relay.links.key=" + MailSamples.LINK_KEY,
                "relay.delivery.acknowledgement-link-validity=3d").run(context -> {
                    Channel channel = context.getBean(Channel.class);
                    assertThat(channel.kind()).isEqualTo(DeliveryChannel.EMAIL);

                    Outcome outcome = channel.send(MailSamples.batonReceived(),
                            MailSamples.subscription("team-kz35@example.kz", Language.KK), 1);

                    assertThat(outcome).isEqualTo(new Outcome.Accepted("SMTP accepted"));
                    MimeMessage mail = smtp.getReceivedMessages()[0];
                    assertThat(mail.getFrom()).containsExactly(
                            new InternetAddress("relay@test.kz", "Азаматтық форумдар эстафетасы", "UTF-8"));
                    assertThat(mail.getMessageID()).isEqualTo(MessageIds.of(NOTIFICATION_ID, "sub-kz-35-mail", "test.kz"));
                    String body = GreenMailUtil.getBody(mail);
                    assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
                    String text = textOf((MimeMultipart) mail.getContent());
                    assertThat(text).contains("https://console.test.kz/?series=relay-2027&forum=relay-2027-02-kz-35");
                    Matcher link = Pattern.compile("https://handoff\\.test\\.kz/acknowledge/" + NOTIFICATION_ID
                            + "\\?token=([A-Za-z0-9_.-]+)").matcher(text);
                    assertThat(link.find()).as("an acknowledgement link in %s", body).isTrue();
                    assertThat(AcknowledgementLinks.withKey(MailSamples.LINK_KEY).verify(link.group(1), ISSUED))
                            .map(AcknowledgementLinks.Claim::expiresAt).contains(ISSUED.plus(Duration.ofDays(3)));
                });
    }

    @Test
    void shouldStartWithoutALinkKeyAndSendMailsWithoutTheLink() {
        runner().run(context -> {
            assertThat(context).hasNotFailed();
            context.getBean(Channel.class).send(MailSamples.batonReceived(),
                    MailSamples.subscription("team-kz35@example.kz", Language.EN), 1);

            String text = textOf((MimeMultipart) smtp.getReceivedMessages()[0].getContent());
            assertThat(text).doesNotContain("/acknowledge/").contains("Acknowledge the baton in the console or with forumctl.");
        });
    }

    @Test
    void shouldNotStartWithASenderThatIsNoAddress() {
        runner().withPropertyValues("relay.delivery.mail-from=the relay").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("relay.delivery.mail-from"));
    }

    /** The plain-text part, decoded. */
    private static String textOf(MimeMultipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof MimeMultipart nested) {
                String text = textOf(nested);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
