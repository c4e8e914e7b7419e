package kz.civicrelay.delivery.email;

import static kz.civicrelay.delivery.email.MailSamples.ISSUED;
import static kz.civicrelay.delivery.email.MailSamples.NOTIFICATION_ID;
import static kz.civicrelay.delivery.email.MailSamples.RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import kz.civicrelay.delivery.MailParts;
import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.send.Outcome;
import kz.civicrelay.platform.checkin.CheckInCodes;
import kz.civicrelay.platform.links.AcknowledgementLinks;
import kz.civicrelay.platform.testing.QrCodes;

/**
 * The e-mail channel against a real SMTP server (GreenMail) and, for refusals GreenMail cannot make, a scripted
 * one: what arrives, decoded from its MIME parts, and what each failure means for the next attempt.
 */
class EmailChannelTest {

    private static final String TEAM = "team-kz35@example.kz";
    private static final Pattern ACK_LINK = Pattern.compile(
            "https://handoff\\.example\\.kz/acknowledge/" + NOTIFICATION_ID + "\\?token=([A-Za-z0-9_.-]+)");

    private int port;
    private GreenMail smtp;

    @BeforeEach
    void startTheMailServer() throws IOException {
        port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopTheMailServer() {
        smtp.stop();
    }

    @Test
    void shouldDeliverTheMailInKazakhAndRussianWithItsLinks() throws Exception {
        Outcome outcome = channel(port).send(MailSamples.batonReceived(),
                MailSamples.subscription(TEAM, Language.KK, Language.RU), 1);

        assertThat(outcome).isEqualTo(new Outcome.Accepted("SMTP accepted"));
        MimeMessage mail = onlyMailTo(TEAM);
        assertThat(mail.getSubject()).isEqualTo("Эстафета сіздің өңірге келді — Қарағанды облысы");
        assertThat(mail.getFrom()).containsExactly(new InternetAddress("relay@civicrelay.kz", "Civic relay", "UTF-8"));
        assertThat(mail.getHeader("X-Relay-Notification-Id")).containsExactly(NOTIFICATION_ID);
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        for (String body : List.of(text, html)) {
            assertThat(body).contains(RECEIVED.kk(), RECEIVED.ru()).contains("эстафетаны")
                    .contains("Қарағанды облысы", "Жетісу облысы", "Жастар саясаты жөніндегі қарар")
                    .contains("Облыс әкімдігі: 4", "Облыстық мәслихаттың мәжіліс залы")
                    .contains("Осы және бұрынғы форумдардың орындалмаған ұсынымдары: 2",
                            "Невыполненные рекомендации этого и прежних форумов: 2")
                    .contains("Әр ауданда жастар орталығын ашу: ә ғ қ ң ө ұ ү һ і (басталған жоқ)",
                            "Малые гранты для НПО (в работе)")
                    .contains("https://resolution.example.kz/api/forums/relay-2027-01-kz-33/resolution/pdf?lang=kk")
                    .doesNotContain(RECEIVED.en());
        }
        assertThat(text).contains("https://console.example.kz/?series=relay-2027&forum=relay-2027-02-kz-35");
        assertThat(html).contains("https://console.example.kz/?series=relay-2027&amp;forum=relay-2027-02-kz-35");

        Matcher link = ACK_LINK.matcher(text);
        assertThat(link.find()).as("an acknowledgement link in the text").isTrue();
        assertThat(html).contains(link.group());
        assertThat(AcknowledgementLinks.withKey(MailSamples.LINK_KEY).verify(link.group(1), ISSUED.plusSeconds(1)))
                .contains(new AcknowledgementLinks.Claim(NOTIFICATION_ID, "KZ-35", ISSUED.plus(Duration.ofDays(14))));
    }

    @Test
    void shouldSendAPersonTheirConfirmationWithTheirCheckInCodeAsAQrCode() throws Exception {
        String person = "asel@example.kz";
        Outcome outcome = channel(port).send(MailSamples.confirmation(),
                MailSamples.person(person, Language.KK, Language.RU), 1);

        assertThat(outcome).isEqualTo(new Outcome.Accepted("SMTP accepted"));
        MimeMessage mail = onlyMailTo(person);
        assertThat(mail.getSubject()).isEqualTo("Тіркеуіңіз расталды — Алматы қаласы");
        String code = MailSamples.CHECK_IN_CODES.codeFor(MailSamples.CONFIRMED_FORUM_ID, MailSamples.PARTICIPANT_ID)
                .orElseThrow();
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        for (String body : List.of(text, html)) {
            assertThat(body).contains(MailSamples.CONFIRMED.kk(), MailSamples.CONFIRMED.ru(), code, "Кіру коды",
                    "Код для входа", "QR-кодты көрсетіңіз").doesNotContain("Эстафета:", "participant:");
        }
        assertThat(html).contains("src=\"cid:check-in-qr\"");
        BodyPart image = MailParts.inline(mail, "<check-in-qr>");
        assertThat(image.getContentType()).startsWith("image/png");
        String scanned = QrCodes.read(image.getInputStream().readAllBytes());
        assertThat(scanned).as("what the scanner at the door reads").isEqualTo(code);
        assertThat(MailSamples.CHECK_IN_CODES.verify(scanned)).contains(new CheckInCodes.Claim(
                MailSamples.CONFIRMED_FORUM_ID, MailSamples.PARTICIPANT_ID));
    }

    @Test
    void shouldConfirmWithoutACodeWhereNoCheckInKeyIsSet() throws Exception {
        EmailChannel withoutKeys = new EmailChannel(sender(port, 5000), MailSamples.templatesWithoutLinkKey(),
                MailSamples.settings());

        withoutKeys.send(MailSamples.confirmation(), MailSamples.person("asel@example.kz", Language.RU), 1);

        MimeMessage mail = onlyMailTo("asel@example.kz");
        assertThat(mail.getSubject()).isEqualTo("Регистрация подтверждена — город Алматы");
        assertThat(part(mail, "text/plain")).contains(MailSamples.CONFIRMED.ru()).doesNotContain("civicrelay:checkin");
        assertThat(part(mail, "text/html")).doesNotContain("cid:check-in-qr");
        assertThat(MailParts.inline(mail, "<check-in-qr>")).isNull();
    }

    @Test
    void shouldSendTheSameMessageIdOnEveryAttempt() throws Exception {
        var subscription = MailSamples.subscription(TEAM, Language.KK);
        var other = MailSamples.secretariat("ops@example.kz");

        channel(port).send(MailSamples.batonReceived(), subscription, 1);
        channel(port).send(MailSamples.batonReceived(), subscription, 2);
        channel(port).send(MailSamples.batonReceived(), other, 1);

        List<String> ids = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            ids.add(mail.getMessageID());
        }
        String expected = MessageIds.of(NOTIFICATION_ID, subscription.subscriptionId(), "civicrelay.kz");
        assertThat(ids).hasSize(3).containsExactly(expected, expected,
                MessageIds.of(NOTIFICATION_ID, other.subscriptionId(), "civicrelay.kz"));
        assertThat(expected).matches("<relay\\.[0-9a-f]{32}@civicrelay\\.kz>").isNotEqualTo(ids.get(2));
    }

    @Test
    void shouldFailForNowWhileTheServerIsDownAndDeliverOnceItIsUp() throws Exception {
        smtp.stop();
        EmailChannel channel = channel(port);

        Outcome down = channel.send(MailSamples.batonReceived(), MailSamples.subscription(TEAM, Language.KK), 1);

        assertThat(down).isInstanceOfSatisfying(Outcome.Failed.class, failed -> {
            assertThat(failed.permanent()).as("tried again later").isFalse();
            assertThat(failed.reason()).startsWith("The mail server could not be reached").doesNotContain(TEAM);
        });

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Outcome up = channel.send(MailSamples.batonReceived(), MailSamples.subscription(TEAM, Language.KK), 2);

        assertThat(up).isEqualTo(new Outcome.Accepted("SMTP accepted"));
        assertThat(onlyMailTo(TEAM).getSubject()).isEqualTo("Эстафета сіздің өңірге келді — Қарағанды облысы");
    }

    @Test
    void shouldFailForGoodWhenTheServerRefusesTheRecipientPermanently() throws Exception {
        try (var server = ScriptedSmtpServer.refusingRecipients("550 5.1.1 <" + TEAM + ">: Recipient address rejected")) {
            Outcome outcome = channel(server.port()).send(MailSamples.batonReceived(),
                    MailSamples.subscription(TEAM, Language.KK), 1);

            assertThat(outcome).isEqualTo(new Outcome.Failed(
                    "The mail server refused the recipient address for good (SMTP 550)", true));
        }
    }

    @Test
    void shouldFailForNowWhenTheServerRefusesTheRecipientForNow() throws Exception {
        try (var server = ScriptedSmtpServer.refusingRecipients("450 4.2.1 Mailbox busy, try later")) {
            Outcome outcome = channel(server.port()).send(MailSamples.batonReceived(),
                    MailSamples.subscription(TEAM, Language.KK), 1);

            assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class, failed -> {
                assertThat(failed.permanent()).isFalse();
                assertThat(failed.reason()).contains("SMTP 450");
            });
        }
    }

    @Test
    void shouldFailForNowWhenTheServerDoesNotAnswerInTime() throws Exception {
        try (var server = ScriptedSmtpServer.silent()) {
            Outcome outcome = channel(server.port(), 500).send(MailSamples.batonReceived(),
                    MailSamples.subscription(TEAM, Language.KK), 1);

            assertThat(outcome).isEqualTo(new Outcome.Failed("The mail server did not answer in time", false));
        }
    }

    @Test
    void shouldFailForGoodForAnAddressThatIsNoAddress() {
        Outcome outcome = channel(port).send(MailSamples.batonReceived(),
                MailSamples.subscription("karaganda team at example", Language.KK), 1);

        assertThat(outcome).isEqualTo(new Outcome.Failed("The subscription's address is not a valid e-mail address", true));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static EmailChannel channel(int port) {
        return channel(port, 5000);
    }

    private static EmailChannel channel(int port, int timeoutMillis) {
        return new EmailChannel(sender(port, timeoutMillis), MailSamples.templates(), MailSamples.settings());
    }

    private static JavaMailSenderImpl sender(int port, int timeoutMillis) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private MimeMessage onlyMailTo(String address) throws MessagingException {
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly(address);
        return received[0];
    }

    /** The decoded text of the first part of {@code type}, its charset UTF-8. */
    private static String part(Part part, String type) throws MessagingException, IOException {
        String found = find(part, type);
        assertThat(found).as("a %s part", type).isNotNull();
        return found;
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            assertThat(part.getContentType()).containsIgnoringCase("charset=UTF-8");
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
