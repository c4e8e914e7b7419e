package kz.civicrelay.delivery.domain;

import static kz.civicrelay.delivery.domain.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A person who registered with an e-mail address and holds a seat gets a confirmation at that address, in their
 * languages, once; one who cancelled before it went gets none; and what was delivered or given up is no more work,
 * whichever order the registration and the outcome were read in.
 */
class ConfirmationTest {

    private static final String FORUM = "s-02-kz-75";

    private final Deliveries deliveries = Fixtures.deliveries();

    @Test
    void shouldDueAConfirmationToTheRegisteredPersonInTheirLanguages() {
        deliveries.learnForumOpened(FORUM, "KZ-75");

        deliveries.learnRegistered("ev-1", "s", FORUM, "p1", "asel@forum.kz", List.of(Language.KK, Language.EN), T0);
        deliveries.learnRegistered("ev-1", "s", FORUM, "p1", "asel@forum.kz", List.of(Language.KK, Language.EN),
                T0.plusSeconds(5));

        assertThat(deliveries.due(T0)).singleElement().satisfies(d -> {
            assertThat(d.message().kind()).isEqualTo("REGISTRATION_CONFIRMED");
            assertThat(d.message().owner()).isEqualTo("participant:p1");
            assertThat(d.message().forumId()).isEqualTo(FORUM);
            assertThat(d.message().issuedAt()).isEqualTo(T0);
            assertThat(d.message().text().kk()).contains("Тіркеуіңіз расталды", FORUM, "Алматы қаласы", "p1");
            assertThat(d.message().text().ru()).contains("регистрация подтверждена", "город Алматы", "p1");
            assertThat(d.message().text().en()).contains("registration is confirmed", "(Almaty)", "p1");
            assertThat(d.subscription().subscriptionId()).isEqualTo("participant:p1:email");
            assertThat(d.subscription().address()).isEqualTo("asel@forum.kz");
            assertThat(d.subscription().languages()).containsExactly(Language.KK, Language.EN);
            assertThat(d.attempt()).isEqualTo(1);
        });
        assertThat(deliveries.message("ev-1").kind()).isEqualTo("REGISTRATION_CONFIRMED");
    }

    @Test
    void shouldOweNothingOnceDeliveredOrGivenUp() {
        register("ev-1", "p1");
        register("ev-2", "p2");
        register("ev-3", "p3");

        deliveries.delivered("ev-1", "participant:p1:email", 1, "SMTP accepted")
                .forEach(e -> deliveries.apply(e, T0.plusSeconds(1)));
        deliveries.failed("ev-2", "participant:p2:email", 1, "550 no such mailbox", true, T0.plusSeconds(1))
                .forEach(e -> deliveries.apply(e, T0.plusSeconds(1)));
        deliveries.failed("ev-3", "participant:p3:email", 1, "421 try later", false, T0.plusSeconds(1))
                .forEach(e -> deliveries.apply(e, T0.plusSeconds(1)));

        assertThat(deliveries.due(T0.plusSeconds(2))).as("the retry waits for its backoff").isEmpty();
        assertThat(deliveries.due(T0.plusSeconds(3600))).singleElement()
                .satisfies(d -> assertThat(d.message().messageId()).isEqualTo("ev-3"));
        assertThat(deliveries.statuses()).extracting(s -> s.message().messageId() + " " + s.state()).containsExactly(
                "ev-1 DELIVERED", "ev-2 ABANDONED", "ev-3 RETRYING");
    }

    @Test
    void shouldOweNothingForAnOutcomeReadBeforeItsRegistration() {
        Deliveries replayed = Fixtures.deliveries();
        register("ev-1", "p1");
        List<DeliveryEvent> delivered = deliveries.delivered("ev-1", "participant:p1:email", 1, "SMTP accepted");

        delivered.forEach(e -> replayed.apply(e, T0.plusSeconds(1)));
        replayed.learnRegistered("ev-1", "s", FORUM, "p1", "p1@forum.kz", List.of(Language.KK), T0);

        assertThat(replayed.due(T0.plusSeconds(2))).isEmpty();
        assertThat(replayed.statuses()).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(DeliveryStatus.State.DELIVERED));
    }

    @Test
    void shouldSendNothingToWhoCancelledBeforeItWent() {
        register("ev-1", "p1");
        register("ev-2", "p2");

        deliveries.learnLeft("p1");

        assertThat(deliveries.due(T0)).extracting(d -> d.message().messageId()).containsExactly("ev-2");
    }

    @Test
    void shouldKeepEachConfirmationsOwnRecipientAmongMany() {
        for (int i = 0; i < 2_000; i++) {
            deliveries.learnRegistered("ev-" + i, "s", FORUM, "p" + i, "p" + i + "@forum.kz", List.of(Language.RU),
                    T0.plusMillis(i));
        }
        for (int i = 0; i < 1_999; i++) {
            deliveries.delivered("ev-" + i, "participant:p" + i + ":email", 1, "SMTP accepted")
                    .forEach(e -> deliveries.apply(e, Instant.EPOCH));
        }

        assertThat(deliveries.due(T0.plusSeconds(10))).singleElement().satisfies(d -> {
            assertThat(d.message().messageId()).isEqualTo("ev-1999");
            assertThat(d.subscription().address()).isEqualTo("p1999@forum.kz");
        });
        assertThat(deliveries.subscription("participant:p7:email").address()).isEqualTo("p7@forum.kz");
    }

    @Test
    void shouldPutTheRegionsNotificationsBeforeARushOfConfirmationsAndHandOutNoMoreThanAsked() {
        for (int i = 0; i < 100; i++) {
            register("ev-" + i, "p" + i);
        }
        deliveries.subscribe(new Subscription("sub-kz-75", "KZ-75", DeliveryChannel.EMAIL, "team75@forum.kz",
                List.of(Language.KK), 0)).forEach(e -> deliveries.apply(e, T0.minusSeconds(60)));
        deliveries.learnNotification(new Message("n-1", "s", null, "KZ-75", "SERIES_UPDATE",
                new kz.civicrelay.reference.Trilingual("Жаңалық", "Новость", "News"), "KZ-33", "KZ-75", false,
                T0.plusSeconds(30), null));

        List<Due> due = deliveries.due(T0.plusSeconds(31), 3);

        assertThat(due).extracting(d -> d.message().messageId()).containsExactly("n-1", "ev-0", "ev-1");
        assertThat(deliveries.due(T0.plusSeconds(31))).hasSize(101);
        assertThat(deliveries.due(T0.plusSeconds(31), 0)).isEmpty();
    }

    private void register(String eventId, String participantId) {
        deliveries.learnRegistered(eventId, "s", FORUM, participantId, participantId + "@forum.kz",
                List.of(Language.KK), T0);
    }
}
