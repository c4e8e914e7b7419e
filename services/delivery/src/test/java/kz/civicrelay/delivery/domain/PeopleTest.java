package kz.civicrelay.delivery.domain;

import static kz.civicrelay.delivery.domain.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A person promoted from a forum's waitlist is told at their own address, in their languages, once. */
class PeopleTest {

    private static final String FORUM = "s-03-kz-35";

    private final Deliveries deliveries = Fixtures.deliveries();

    @Test
    void shouldDueANoticeToThePromotedPersonsOwnAddressOnly() {
        deliveries.learnForumOpened(FORUM, "KZ-35");
        deliveries.learnWaitlisted("p1", "aliya@forum.kz", List.of(Language.RU, Language.KK));

        deliveries.learnPromotion("ev-1", "s", FORUM, "p1", T0);
        deliveries.learnPromotion("ev-1", "s", FORUM, "p1", T0.plusSeconds(5));

        List<Due> due = deliveries.due(T0);
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.message().messageId()).isEqualTo("ev-1");
            assertThat(d.message().kind()).isEqualTo("WAITLIST_PROMOTED");
            assertThat(d.message().owner()).isEqualTo("participant:p1");
            assertThat(d.message().toRegionCode()).isEqualTo("KZ-35");
            assertThat(d.message().text().kk()).contains("күту тізімінен").contains(FORUM);
            assertThat(d.message().text().ru()).contains("листа ожидания");
            assertThat(d.message().text().en()).contains("waitlist");
            assertThat(d.subscription().subscriptionId()).isEqualTo("participant:p1:email");
            assertThat(d.subscription().address()).isEqualTo("aliya@forum.kz");
            assertThat(d.subscription().languages()).containsExactly(Language.RU, Language.KK);
        });
        assertThat(deliveries.subscriptions().active()).as("not a team's subscription").isEmpty();
    }

    @Test
    void shouldRecordTheNoticesOutcomeAndOweNothingOnceDelivered() {
        deliveries.learnWaitlisted("p1", "aliya@forum.kz", List.of(Language.KK));
        deliveries.learnPromotion("ev-1", "s", FORUM, "p1", T0);

        List<DeliveryEvent> delivered = deliveries.delivered("ev-1", "participant:p1:email", 1, "SMTP accepted");
        delivered.forEach(e -> deliveries.apply(e, T0.plusSeconds(1)));

        assertThat(delivered).singleElement().isInstanceOf(DeliveryEvent.Delivered.class);
        assertThat(deliveries.due(T0.plusSeconds(2))).isEmpty();
        assertThat(deliveries.statuses()).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(DeliveryStatus.State.DELIVERED));
    }

    @Test
    void shouldTellNobodyWhoLeftTheWaitlistOrGaveNoAddress() {
        deliveries.learnWaitlisted("p1", "aliya@forum.kz", List.of(Language.KK));
        deliveries.learnLeft("p1");

        deliveries.learnPromotion("ev-1", "s", FORUM, "p1", T0);
        deliveries.learnPromotion("ev-2", "s", FORUM, "never-waitlisted", T0);

        assertThat(deliveries.messages()).isEmpty();
        assertThatThrownBy(() -> deliveries.subscription("participant:p1:email")).hasMessageContaining("No subscription");
    }

    @Test
    void shouldNameTheRegionByItsCodeWhenTheForumsOpeningWasNotRead() {
        deliveries.learnWaitlisted("p1", "aliya@forum.kz", List.of(Language.KK));
        deliveries.learnPromotion("ev-1", "s", FORUM, "p1", T0);

        assertThat(deliveries.message("ev-1").text().kk()).contains(FORUM);
        assertThat(deliveries.message("ev-1").toRegionCode()).isEmpty();
    }
}
