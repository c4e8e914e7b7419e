package kz.civicrelay.registration.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.platform.core.Fact;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.registration.domain.ParticipantCategory;
import kz.civicrelay.registration.domain.Registrant;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationClosed;
import kz.civicrelay.registration.domain.RegistrationEvent.RegistrationOpened;
import kz.civicrelay.registration.domain.RegistrationStatus;
import kz.civicrelay.registration.domain.Registrations;

/**
 * Scheduling's events as registration's core takes them live: each fact learned first, then its reaction
 * decided from the state (and its events folded, as once committed).
 */
class RegistrationUpstreamTest {

    private static final String SERIES = "ss";
    private static final String FORUM = "ss-01-kz-33";

    private final RegistrationUpstream upstream = new RegistrationUpstream();
    private final EnvelopeFactory scheduling = new EnvelopeFactory("scheduling", Clock.systemUTC());
    private final Registrations registrations = new Registrations();

    @Test
    void shouldCloseAnOpenRegistrationWhenTheForumIsCancelledAlthoughTheCancellationIsLearnedFirst() {
        live(scheduled(FORUM, 200));
        live(preparationOpened(FORUM));
        registrations.apply(new RegistrationEvent.ParticipantRegistered(FORUM, "p1",
                new Registrant("Әсем Ғабитқызы", "Ұлағат", ParticipantCategory.YOUTH, "KZ-61", List.of("kk"))),
                Instant.now());

        List<RegistrationEvent> decided = live(cancelled(FORUM));

        assertThat(decided).containsExactly(new RegistrationClosed(FORUM, 1));
        assertThat(registrations.forum(FORUM).status()).isEqualTo(RegistrationStatus.CLOSED);
        assertThat(live(cancelled(FORUM))).as("a redelivered cancellation closes nothing twice").isEmpty();
    }

    @Test
    void shouldNeverOpenAForumCancelledBeforeItsPreparationOpened() {
        live(scheduled(FORUM, 200));

        assertThat(live(cancelled(FORUM))).as("nothing to close").isEmpty();
        assertThat(live(preparationOpened(FORUM))).as("a cancelled forum never opens").isEmpty();
        assertThat(registrations.forum(FORUM).status()).isEqualTo(RegistrationStatus.NOT_OPEN);
    }

    @Test
    void shouldOpenOnceAndCloseOnceWhenTheForumConvenes() {
        live(scheduled(FORUM, 2));

        assertThat(live(preparationOpened(FORUM))).containsExactly(new RegistrationOpened(FORUM, 2, "KZ-33"));
        assertThat(live(preparationOpened(FORUM))).isEmpty();
        assertThat(live(convened(FORUM))).containsExactly(new RegistrationClosed(FORUM, 0));
        assertThat(live(convened(FORUM))).isEmpty();
    }

    @Test
    void shouldRefuseToReactToAForumNeverAnnounced() {
        assertThatThrownBy(() -> live(preparationOpened(FORUM))).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining(FORUM);
        assertThatThrownBy(() -> live(cancelled("ss-02-kz-75"))).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("ss-02-kz-75");
    }

    @Test
    void shouldRejectAnAnnouncementWithBadDataBeforeAnythingIsLearned() {
        assertThatThrownBy(() -> upstream.factOf(scheduled(FORUM, 0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Capacity");
        assertThatThrownBy(() -> registrations.forum(FORUM)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void shouldIgnoreWhatRegistrationDoesNotFollow() {
        assertThat(upstream.factOf(ForumCompleted.newBuilder().setEnvelope(envelope(FORUM)).setPosition(1)
                .setRegionCode("KZ-33").setResolutionId("r-1").build())).isEmpty();
    }

    /** As the core's live listener: learn, then react, then fold what was decided. */
    private List<RegistrationEvent> live(SpecificRecord record) {
        Fact<Registrations, RegistrationEvent> fact = upstream.factOf(record).orElseThrow();
        fact.learn().accept(registrations);
        List<RegistrationEvent> decided = fact.react().apply(registrations);
        if (!decided.isEmpty()) {
            assertThat(RegistrationDefinition.create().fold().seriesIdOf(registrations, decided)).isEqualTo(SERIES);
        }
        decided.forEach(event -> registrations.apply(event, Instant.now()));
        return decided;
    }

    private ForumScheduled scheduled(String forumId, int capacity) {
        LocalizedText text = new LocalizedText("Форум", "Форум", "Forum");
        LocalDate day = LocalDate.of(2026, 5, 1);
        return ForumScheduled.newBuilder().setEnvelope(envelope(forumId)).setPosition(1).setRegionCode("KZ-33")
                .setLocalTitle(text).setTheme(text).setCity(text).setVenue(text).setStartDate(day)
                .setEndDate(day.plusDays(1)).setCapacity(capacity).setInternational(false).build();
    }

    private ForumPreparationOpened preparationOpened(String forumId) {
        return ForumPreparationOpened.newBuilder().setEnvelope(envelope(forumId)).setPosition(1)
                .setRegionCode("KZ-33").build();
    }

    private ForumConvened convened(String forumId) {
        return ForumConvened.newBuilder().setEnvelope(envelope(forumId)).setPosition(1).setRegionCode("KZ-33").build();
    }

    private ForumCancelled cancelled(String forumId) {
        return ForumCancelled.newBuilder().setEnvelope(envelope(forumId))
                .setReason(new LocalizedText("Күші жойылды", "Отменён", "Cancelled")).build();
    }

    private Envelope envelope(String forumId) {
        return scheduling.forCommand(SERIES, forumId, new Actor(ActorKind.OPERATOR, "test", null, null));
    }
}
