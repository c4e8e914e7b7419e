package kz.civicrelay.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import kz.civicrelay.events.ParticipantWaitlisted;
import kz.civicrelay.events.RegistrationOpened;
import kz.civicrelay.events.WaitlistLeft;
import kz.civicrelay.events.WaitlistPromoted;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.testing.SharedKafkaBroker;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;

/**
 * A person on a forum's waitlist who gave an e-mail address is told by e-mail, in their languages, when a freed
 * seat promotes them; one who left the waitlist is not. Against a real broker and a real SMTP server (GreenMail),
 * fed registration's events as registration writes them. The outcome is recorded under the promotion's event id
 * and the person's implicit subscription id, which names no one.
 */
@ExtendWith({ SharedKafkaBroker.class, TestIssuer.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relay.delivery.backoff-initial=300ms", "relay.delivery.backoff-max=1s", "relay.delivery.poll=200ms" })
class WaitlistNoticeIT {

    private static final String SERIES = "waitlist-notice-it";
    private static final String FORUM = "waitlist-notice-it-03-kz-35";
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
    void shouldTellAPromotedPersonByEmailInTheirLanguagesAndNobodyWhoLeft() throws Exception {
        TopicLog.send("relay.registration", FORUM, RegistrationOpened.newBuilder()
                .setEnvelope(registration.forCommand(SERIES, FORUM, actor()))
                .setCapacity(1).setRegionCode("KZ-35").build());
        TopicLog.send("relay.registration", FORUM, waitlisted("p-left", "ketti@forum.kz"));
        TopicLog.send("relay.registration", FORUM, waitlisted("p-promoted", "әлия@пошта.қаз"));
        TopicLog.send("relay.registration", FORUM, WaitlistLeft.newBuilder()
                .setEnvelope(registration.forCommand(SERIES, FORUM, actor())).setParticipantId("p-left").build());
        WaitlistPromoted promoted = WaitlistPromoted.newBuilder()
                .setEnvelope(registration.forCommand(SERIES, FORUM, actor())).setParticipantId("p-promoted").build();
        TopicLog.send("relay.registration", FORUM, promoted);
        TopicLog.send("relay.registration", FORUM, WaitlistPromoted.newBuilder()
                .setEnvelope(registration.forCommand(SERIES, FORUM, actor())).setParticipantId("p-left").build());

        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.getReceivedMessages().length >= 1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).singleElement().asString()
                .contains("пошта.қаз");
        assertThat(mail.getSubject()).startsWith("Орын босады: сіз форумға тіркелдіңіз — ");
        assertThat(MailParts.text(mail)).as("a section per language, kk first")
                .contains("күту тізімінен форум қатысушыларының қатарына қосылдыңыз")
                .contains("вы переведены из листа ожидания в участники форума").contains(FORUM)
                .doesNotContain("from the waitlist");
        String id = promoted.getEnvelope().getEventId().toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> !delivered(id).isEmpty());
        NotificationDelivered outcome = (NotificationDelivered) delivered(id).get(0).value();
        assertThat(outcome.getSubscriptionId()).isEqualTo("participant:p-promoted:email");
        assertThat(outcome.toString()).as("the outcome names no one").doesNotContain("пошта");
        assertThat(SMTP.getReceivedMessages()).as("nothing to the one who left").hasSize(1);
    }

    private ParticipantWaitlisted waitlisted(String participantId, String email) {
        return ParticipantWaitlisted.newBuilder().setEnvelope(registration.forCommand(SERIES, FORUM, actor()))
                .setParticipantId(participantId).setFullName("Әлия Нұрова").setOrganisation("Жастар")
                .setCategory(ParticipantCategory.YOUTH).setRegionOfOrigin("KZ-35").setLanguages(List.of("kk", "ru"))
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
