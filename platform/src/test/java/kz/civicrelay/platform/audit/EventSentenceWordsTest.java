package kz.civicrelay.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.AcknowledgementSlaSet;
import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.DeliveryChannel;
import kz.civicrelay.events.DeliverySubscriptionAdded;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.NotificationDelivered;
import kz.civicrelay.events.NotificationKind;
import kz.civicrelay.events.RecommendationProgressReported;
import kz.civicrelay.events.RecommendationVoted;
import kz.civicrelay.events.RecommendationWithdrawn;
import kz.civicrelay.events.ResolutionDraftOpened;
import kz.civicrelay.events.SeriesResumed;
import kz.civicrelay.events.SeriesSuspended;
import kz.civicrelay.platform.testing.EveryEvent;
import kz.civicrelay.reference.Trilingual;

/** The words sentences choose by an event's values: actors, kinds, statuses, channels, durations, optional fields. */
class EventSentenceWordsTest {

    private static final Map<String, SpecificRecord> BY_TYPE = EveryEvent.all().stream()
            .collect(Collectors.toMap(e -> e.getSchema().getName(), Function.identity()));

    @SuppressWarnings("unchecked")
    private static <E extends SpecificRecord> E sample(Class<E> type) {
        return (E) BY_TYPE.get(type.getSimpleName());
    }

    private static Trilingual resumedBy(Actor actor) {
        return EventSentence.of(new SeriesResumed(EveryEvent.envelope(null, "scheduling", actor)));
    }

    @Test
    void anActorIsNamedByRegionServiceNameOrRoleAndId() {
        assertThat(resumedBy(new Actor(ActorKind.REGIONAL_TEAM, "team-x", null, null))).isEqualTo(new Trilingual(
                "Өңірлік топ team-x серияны қайта жалғастырды", "Региональная команда team-x возобновила серию",
                "Regional team team-x resumed the series"));
        assertThat(resumedBy(new Actor(ActorKind.REGIONAL_TEAM, "team-x", "Команда X", "KZ-99")).ru())
                .isEqualTo("Команда X возобновил(а) серию");
        assertThat(resumedBy(new Actor(ActorKind.REGIONAL_TEAM, "team-kz-75", "Алматы", " kz-75")).ru())
                .isEqualTo("Город Алматы возобновил серию");
        assertThat(resumedBy(new Actor(ActorKind.SERVICE, "archive", null, null))).isEqualTo(new Trilingual(
                "archive қызметі серияны қайта жалғастырды", "Служба archive возобновила серию",
                "The archive service resumed the series"));
        assertThat(resumedBy(new Actor(ActorKind.OPERATOR, "op-2", "  ", null)).en()).isEqualTo(
                "Operator op-2 resumed the series");
        assertThat(resumedBy(new Actor(ActorKind.EDITOR, "ed-1", null, null)).kk()).startsWith("Редактор ed-1 ");
        assertThat(resumedBy(new Actor(ActorKind.AUDITOR, "au-1", null, null)).ru()).startsWith("Аудитор au-1 ");
        assertThat(resumedBy(new Actor(ActorKind.PARTICIPANT, "p-9", null, null)).ru())
                .isEqualTo("Участник p-9 возобновил серию");
        assertThat(resumedBy(new Actor(ActorKind.UNKNOWN, "x-1", null, null))).isEqualTo(new Trilingual(
                "Пайдаланушы x-1 серияны қайта жалғастырды", "Пользователь x-1 возобновил серию",
                "User x-1 resumed the series"));
        assertThat(resumedBy(new Actor(ActorKind.SERVICE, "identity", null, null)).ru())
                .isEqualTo("Служба учётных записей возобновила серию");
    }

    @Test
    void aTypeHasOneSentence() {
        SentenceRules rules = new SentenceRules().on(SeriesResumed.class, (e, s) -> Trilingual.of("а", "б", "c"));
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> rules.on(SeriesResumed.class, (e, s) -> Trilingual.of("а", "б", "c")))
                .withMessageContaining("SeriesResumed");
    }

    @Test
    void aPersonsVerbShowsBothEndings() {
        Subject person = new Subject("Дана", "Дана", "Dana", Subject.Gender.UNKNOWN);
        assertThat(person.ru("передал", "передала")).isEqualTo("передал(а)");
        assertThat(person.ru("не смог", "не смогла")).isEqualTo("не смог(ла)");
        assertThat(person.ru("шёл", "шла")).isEqualTo("шёл/шла");
    }

    @Test
    void theBatonFromOrToAnUnknownRegionIsSaidByTheActorAndTheForum() {
        BatonPassed odd = BatonPassed.newBuilder(sample(BatonPassed.class)).setFromRegionCode("KZ-00")
                .setToRegionCode("KZ-01").setToForumId("civic-2027-02-kz-31").build();
        assertThat(EventSentence.of(odd)).isEqualTo(new Trilingual(
                "Эстафета қызметі эстафетаны Жамбыл облысындағы форумға табыстады",
                "Служба эстафеты передала эстафету форуму в Жамбылской области",
                "The handoff service passed the baton to the forum in Jambyl Region"));
    }

    @Test
    void eachNotificationKindHasItsWordsAndOtherQuotesTheMessage() {
        HandoffNotificationIssued issued = sample(HandoffNotificationIssued.class);
        Map<NotificationKind, String> english = Map.of(NotificationKind.BATON_PASSED, "the baton was passed on",
                NotificationKind.BATON_REMINDER, "a reminder to acknowledge the baton",
                NotificationKind.SERIES_UPDATE, "the series was updated",
                NotificationKind.SERIES_COMPLETED, "the series is complete",
                NotificationKind.OTHER, "“The baton is yours”");
        english.forEach((kind, words) -> assertThat(EventSentence.of(HandoffNotificationIssued.newBuilder(issued)
                .setKind(kind).setAcknowledgementRequired(false).build()).en())
                .isEqualTo("The handoff service notified Jambyl Region: " + words));
        Trilingual other = EventSentence.of(HandoffNotificationIssued.newBuilder(issued)
                .setKind(NotificationKind.OTHER).setRecipientRegionCode("KZ-75").build());
        assertThat(other.kk()).isEqualTo("Эстафета қызметі Алматы қаласына хабарлама жіберді: «Эстафета сізде» "
                + "(растау қажет)");
        assertThat(other.ru()).isEqualTo("Служба эстафеты отправила уведомление городу Алматы: «Эстафета у вас» "
                + "(требуется подтверждение)");
    }

    @Test
    void aWithdrawalSaysWhyAndWhetherItWasMerged() {
        RecommendationWithdrawn withdrawn = RecommendationWithdrawn.newBuilder(sample(RecommendationWithdrawn.class))
                .setMergedInto(null).setReason("қайталанады").build();
        assertThat(EventSentence.of(withdrawn)).isEqualTo(new Trilingual(
                "Ерлан Жақсыбеков rec-3 ұсынысын қайтарып алды: қайталанады",
                "Ерлан Жақсыбеков отозвал(а) рекомендацию rec-3: қайталанады",
                "Ерлан Жақсыбеков withdrew recommendation rec-3: қайталанады"));
        assertThat(EventSentence.of(RecommendationWithdrawn.newBuilder(withdrawn).setMergedInto(" ").setReason(null)
                .build()).en()).isEqualTo("Ерлан Жақсыбеков withdrew recommendation rec-3");
    }

    @Test
    void aVoteNotCarriedAndEveryFollowUpStatus() {
        RecommendationVoted lost = RecommendationVoted.newBuilder(sample(RecommendationVoted.class)).setCarried(false)
                .build();
        assertThat(EventSentence.of(lost).kk()).endsWith("; қабылданбады");
        assertThat(EventSentence.of(lost).ru()).endsWith("; отклонена");
        assertThat(EventSentence.of(lost).en()).endsWith("; not carried");
        assertThat(EventSentence.of(sample(RecommendationVoted.class)).kk()).endsWith("; қабылданды");
        RecommendationProgressReported progress = sample(RecommendationProgressReported.class);
        Map<FollowUpStatus, Trilingual> words = Map.of(
                FollowUpStatus.NOT_STARTED, new Trilingual("басталмаған", "не начата", "not started"),
                FollowUpStatus.DONE, new Trilingual("орындалды", "выполнена", "done"),
                FollowUpStatus.DECLINED, new Trilingual("қабылданбады", "отклонена", "declined"));
        words.forEach((status, word) -> {
            Trilingual said = EventSentence.of(RecommendationProgressReported.newBuilder(progress).setStatus(status)
                    .setNote(null).build());
            assertThat(said).isEqualTo(new Trilingual(
                    "Жамбыл облысы rec-1 ұсынысының орындалуы туралы хабарлады: " + word.kk(),
                    "Жамбылская область сообщила о выполнении рекомендации rec-1: " + word.ru(),
                    "Jambyl Region reported on recommendation rec-1: " + word.en()));
        });
    }

    @Test
    void anAppealIsNotAResolution() {
        ResolutionDraftOpened appeal = ResolutionDraftOpened.newBuilder(sample(ResolutionDraftOpened.class))
                .setDocumentKind(DocumentKind.APPEAL).build();
        assertThat(EventSentence.of(appeal)).isEqualTo(new Trilingual(
                "Ерлан Жақсыбеков Жамбыл облысындағы форумда «Жастар саясаты туралы қарар» үндеуінің жобасын ашты",
                "Ерлан Жақсыбеков открыл(а) проект обращения «Резолюция о молодёжной политике» на форуме в "
                        + "Жамбылской области",
                "Ерлан Жақсыбеков opened the draft appeal “Resolution on youth policy” at the forum in Jambyl Region"));
    }

    @Test
    void aOneDayForumAndATimeLimitInMinutes() {
        ForumScheduled oneDay = ForumScheduled.newBuilder(sample(ForumScheduled.class))
                .setEndDate(LocalDate.of(2027, 4, 1)).build();
        assertThat(EventSentence.of(oneDay).kk()).contains("(№2) 2027-04-01 күніне белгіледі");
        assertThat(EventSentence.of(oneDay).en()).contains("(no. 2) for 2027-04-01: ");
        AcknowledgementSlaSet minutes = new AcknowledgementSlaSet(EveryEvent.envelope(null, "handoff",
                EveryEvent.OPERATOR), 90 * 60_000L);
        assertThat(EventSentence.of(minutes)).isEqualTo(new Trilingual(
                "Айгүл Сәрсенова растау мерзімін белгіледі: 90 минут",
                "Айгүл Сәрсенова установил(а) срок подтверждения: 90 минут",
                "Айгүл Сәрсенова set the time to acknowledge a handoff: 90 minutes"));
        assertThat(EventSentence.of(new AcknowledgementSlaSet(minutes.getEnvelope(), 60_000L)).ru())
                .endsWith(": 1 минута");
        assertThat(EventSentence.of(new AcknowledgementSlaSet(minutes.getEnvelope(), 3_600_000L)).en())
                .endsWith(": 1 hour");
    }

    @Test
    void channelsOwnersAndOptionalTexts() {
        DeliverySubscriptionAdded webhook = DeliverySubscriptionAdded.newBuilder(
                sample(DeliverySubscriptionAdded.class)).setChannel(DeliveryChannel.WEBHOOK).setOwner("Secretariat")
                .build();
        assertThat(EventSentence.of(webhook)).isEqualTo(new Trilingual(
                "Айгүл Сәрсенова хатшылық үшін хабарламаларды вебхук арқылы жеткізуді қосты",
                "Айгүл Сәрсенова подключил(а) доставку уведомлений через вебхук для секретариата",
                "Айгүл Сәрсенова added delivery by webhook for the secretariat"));
        assertThat(EventSentence.of(DeliverySubscriptionAdded.newBuilder(webhook).setOwner("press-office")
                .setChannel(DeliveryChannel.OTHER).build())).isEqualTo(new Trilingual(
                        "Айгүл Сәрсенова press-office үшін хабарламаларды басқа арна арқылы жеткізуді қосты",
                        "Айгүл Сәрсенова подключил(а) доставку уведомлений по другому каналу для press-office",
                        "Айгүл Сәрсенова added delivery by another channel for press-office"));
        assertThat(EventSentence.of(sample(DeliverySubscriptionAdded.class)).ru())
                .isEqualTo("Айгүл Сәрсенова подключил(а) доставку уведомлений по электронной почте для Жамбылской "
                        + "области");
        assertThat(EventSentence.of(NotificationDelivered.newBuilder(sample(NotificationDelivered.class))
                .setChannel(DeliveryChannel.WEBHOOK).setAttempt(3).build()).kk())
                .isEqualTo("Жеткізу қызметі хабарламаны вебхук арқылы жеткізді (3-әрекет)");
        assertThat(EventSentence.of(new SeriesSuspended(EveryEvent.envelope(null, "scheduling", EveryEvent.OPERATOR),
                null))).isEqualTo(new Trilingual("Айгүл Сәрсенова серияны тоқтата тұрды",
                        "Айгүл Сәрсенова приостановил(а) серию", "Айгүл Сәрсенова suspended the series"));
        assertThat(EventSentence.of(HandoffAcknowledged.newBuilder(sample(HandoffAcknowledged.class)).setComment(" ")
                .build())).isEqualTo(new Trilingual("Жамбыл облысы эстафета туралы хабарламаны растады",
                        "Жамбылская область подтвердила уведомление об эстафете",
                        "Jambyl Region acknowledged the handoff notification"));
    }

    @Test
    void aForumIsNamedByItsRegionCodeOrItsIdOrNotAtAll() {
        assertThat(Phrases.forum("CIVIC-2027-09-KZ-63 ").en()).isEqualTo("the forum in East Kazakhstan Region");
        assertThat(Phrases.forum("civic-2027-09-kz-99").ru()).isEqualTo("форум civic-2027-09-kz-99");
        Phrases.Forum none = Phrases.forum(null);
        assertThat(new Trilingual(none.kkAccusative(), none.ruGenitive(), none.en()))
                .isEqualTo(new Trilingual("форумды", "форума", "the forum"));
        assertThat(Phrases.forum("kz-33", null).kkGenitive()).isEqualTo("Жетісу облысындағы форумның");
        assertThat(Phrases.forum("KZ-99", "civic-2027-01-kz-33").ruPrepositional())
                .isEqualTo("форуме в области Жетісу");
        assertThat(Phrases.locative("KZ-99")).isEqualTo(new Trilingual("KZ-99", "KZ-99", "KZ-99"));
        assertThat(Phrases.dative(" kz-31").ru()).isEqualTo("Жамбылской области");
    }
}
