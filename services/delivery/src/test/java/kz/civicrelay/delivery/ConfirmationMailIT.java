package kz.civicrelay.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.NotificationDelivered;
import kz.civicrelay.events.ParticipantCategory;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.RegistrationOpened;
import kz.civicrelay.platform.checkin.CheckInCodes;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.testing.QrCodes;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;

/**
 * A person who registers with an e-mail address gets a confirmation at that address, in their languages, with the
 * check-in code of their seat as a QR image that reads back as a code registration accepts at the door (signed
 * with the same check-in key); one who gave no address gets nothing. Against a real broker and a real SMTP server
 * (GreenMail), fed registration's events as registration writes them; the outcome is recorded under the
 * registration's event id and the person's implicit subscription, which names no one.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relay.delivery.backoff-initial=300ms", "relay.delivery.backoff-max=1s", "relay.delivery.poll=200ms",
        "relay.checkin.key=" + ConfirmationMailIT.CHECK_IN_KEY })
class ConfirmationMailIT {

    static final String CHECK_IN_KEY = "Y29uZmlybWF0aW9uLW1haWwtaXQgY2hlY2staW4ga2V5LCAzMiBieXRlcyBvciBtb3Jl";
    private static final String SERIES = "confirmation-mail-it";
    private static final String FORUM = "confirmation-mail-it-02-kz-75";
    private static final GreenMail SMTP = MailParts.startSmtp();

    private final EnvelopeFactory registration = new EnvelopeFactory("registration", Clock.systemUTC());

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void shouldConfirmASeatByEmailWithTheCheckInCodeAsAQrCode() throws Exception {
        TopicLog.send("relay.registration", FORUM, RegistrationOpened.newBuilder()
                .setEnvelope(registration.forCommand(SERIES, FORUM, actor())).setCapacity(100).setRegionCode("KZ-75")
                .build());
        TopicLog.send("relay.registration", FORUM, registered("p-no-address", null));
        ParticipantRegistered asel = registered("p-asel", "әсел@пошта.қаз");
        TopicLog.send("relay.registration", FORUM, asel);

        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.getReceivedMessages().length >= 1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).singleElement().asString()
                .contains("пошта.қаз");
        assertThat(mail.getSubject()).isEqualTo("Регистрация подтверждена — город Алматы");
        String code = new CheckInCodes(CHECK_IN_KEY).codeFor(FORUM, "p-asel").orElseThrow();
        assertThat(MailParts.text(mail)).as("a section per language, ru first").contains("регистрация подтверждена", FORUM,
                "p-asel", "Код для входа", "Кіру коды", code).doesNotContain("registration is confirmed");
        BodyPart qr = MailParts.inline(mail, "<check-in-qr>");
        assertThat(qr).as("the QR image inline").isNotNull();
        String scanned = QrCodes.read(qr.getInputStream().readAllBytes());
        assertThat(new CheckInCodes(CHECK_IN_KEY).verify(scanned))
                .contains(new CheckInCodes.Claim(FORUM, "p-asel"));

        String id = asel.getEnvelope().getEventId().toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> !delivered(id).isEmpty());
        NotificationDelivered outcome = (NotificationDelivered) delivered(id).get(0).value();
        assertThat(outcome.getSubscriptionId()).isEqualTo("participant:p-asel:email");
        assertThat(outcome.toString()).as("the outcome names no one, nor the code").doesNotContain("пошта", code);
        assertThat(SMTP.getReceivedMessages()).as("nothing to the one without an address").hasSize(1);
    }

    private ParticipantRegistered registered(String participantId, @Nullable String email) {
        return ParticipantRegistered.newBuilder().setEnvelope(registration.forCommand(SERIES, FORUM, actor()))
                .setParticipantId(participantId).setFullName("Әсел Құрманғалиева").setOrganisation("Жастар одағы")
                .setCategory(ParticipantCategory.YOUTH).setRegionOfOrigin("KZ-75").setLanguages(List.of("ru", "kk"))
                .setEmail(email).setPhone(null).build();
    }

    private static List<ConsumerRecord<String, SpecificRecord>> delivered(String messageId) {
        return TopicLog.readAll("relay.delivery").stream()
                .filter(r -> r.value() instanceof NotificationDelivered && messageId.equals(r.key())).toList();
    }

    private static Actor actor() {
        return new Actor(ActorKind.OPERATOR, "operator-aigerim", "Айгерім", null);
    }

}
