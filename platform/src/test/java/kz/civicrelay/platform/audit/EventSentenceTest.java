package kz.civicrelay.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.DeliveryChannel;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.NotificationDeliveryFailed;
import kz.civicrelay.events.SeriesResumed;
import kz.civicrelay.platform.testing.EveryEvent;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.schemas.EventCatalog;

class EventSentenceTest {

    private static final Map<String, SpecificRecord> BY_TYPE = EveryEvent.all().stream()
            .collect(Collectors.toMap(e -> e.getSchema().getName(), Function.identity()));

    private static Trilingual sentenceOf(String type) {
        return EventSentence.of(BY_TYPE.get(type));
    }

    @Test
    void everyEventOfTheCatalogueReadsAsItsOwnSentenceInEachLanguage() {
        List<String> types = EventCatalog.current().stream().map(Schema::getName).toList();
        assertThat(BY_TYPE.keySet()).containsExactlyInAnyOrderElementsOf(types).hasSize(41);
        for (String type : types) {
            Trilingual sentence = sentenceOf(type);
            assertThat(List.of(sentence.kk(), sentence.ru(), sentence.en())).as(type).allSatisfy(text -> assertThat(text)
                    .isNotBlank().doesNotContain("null").doesNotContain("=").doesNotContain("{")
                    .doesNotContain(type).doesNotContain("  ").doesNotEndWith(" "));
            assertThat(sentence.kk()).as(type).doesNotMatch(".*\\b(the|of|and)\\b.*");
            assertThat(sentence.ru()).as(type).doesNotMatch(".*\\b(the|of|and)\\b.*");
        }
        assertThat(types.stream().map(EventSentenceTest::sentenceOf).map(Trilingual::en).distinct()).hasSize(41);
    }

    @Test
    void shymkentPassesTheBatonToJambyl() {
        assertThat(sentenceOf("BatonPassed")).isEqualTo(new Trilingual(
                "Шымкент қаласы эстафетаны Жамбыл облысына табыстады",
                "Город Шымкент передал эстафету Жамбылской области",
                "Shymkent passed the baton to Jambyl Region"));
    }

    @Test
    void anOblastPassingTheBatonTakesTheFeminineVerb() {
        BatonPassed fromJambyl = new BatonPassed(EveryEvent.envelope(EveryEvent.JAMBYL_FORUM, "handoff",
                EveryEvent.service("handoff")), 2, EveryEvent.JAMBYL_FORUM, "KZ-31", "civic-2027-03-kz-33", "KZ-33", 3,
                null);

        assertThat(EventSentence.of(fromJambyl)).isEqualTo(new Trilingual(
                "Жамбыл облысы эстафетаны Жетісу облысына табыстады",
                "Жамбылская область передала эстафету области Жетісу",
                "Jambyl Region passed the baton to Jetisu Region"));
    }

    @Test
    void aParticipantRegistersByNameAndOrganisationKazakhLettersIntact() {
        assertThat(sentenceOf("ParticipantRegistered")).isEqualTo(new Trilingual(
                "Әлия Нұрланқызы («Үміт» қоғамдық бірлестігі) Жамбыл облысындағы форумға тіркелді",
                "Участник зарегистрирован на форум в Жамбылской области: Әлия Нұрланқызы («Үміт» қоғамдық бірлестігі)",
                "Әлия Нұрланқызы («Үміт» қоғамдық бірлестігі) registered for the forum in Jambyl Region"));
    }

    @Test
    void anEditorAdoptsTheResolutionWithItsCountOfRecommendations() {
        assertThat(sentenceOf("ResolutionAdopted")).isEqualTo(new Trilingual(
                "Ерлан Жақсыбеков Жамбыл облысындағы форумда «Жастар саясаты туралы қарар» қарарын қабылдады: "
                        + "2 ұсыныс",
                "Ерлан Жақсыбеков принял(а) резолюцию «Резолюция о молодёжной политике» на форуме в Жамбылской "
                        + "области: 2 рекомендации",
                "Ерлан Жақсыбеков adopted the resolution “Resolution on youth policy” at the forum in Jambyl Region: "
                        + "2 recommendations"));
    }

    @Test
    void anOperatorCompletesTheForumOfTheRegionTheEventNames() {
        assertThat(sentenceOf("ForumCompleted")).isEqualTo(new Trilingual(
                "Айгүл Сәрсенова Жамбыл облысындағы форумды аяқтады",
                "Айгүл Сәрсенова завершил(а) форум в Жамбылской области",
                "Айгүл Сәрсенова completed the forum in Jambyl Region"));
        ForumCompleted inAstana = new ForumCompleted(EveryEvent.envelope("civic-2027-05-kz-71", "scheduling",
                EveryEvent.service("scheduling")), 5, "KZ-71", "res-5");
        assertThat(EventSentence.of(inAstana)).isEqualTo(new Trilingual(
                "Жоспарлау қызметі Астана қаласындағы форумды аяқтады",
                "Служба планирования завершила форум в городе Астане",
                "The scheduling service completed the forum in Astana"));
    }

    @Test
    void aRegionalTeamAcknowledgesByItsRegionsName() {
        assertThat(sentenceOf("HandoffAcknowledged")).isEqualTo(new Trilingual(
                "Жамбыл облысы эстафета туралы хабарламаны растады: «Қабылдадық, рақмет»",
                "Жамбылская область подтвердила уведомление об эстафете: «Қабылдадық, рақмет»",
                "Jambyl Region acknowledged the handoff notification: “Қабылдадық, рақмет”"));
        HandoffAcknowledged byAstana = new HandoffAcknowledged(EveryEvent.envelope("civic-2027-05-kz-71", "handoff",
                new Actor(ActorKind.REGIONAL_TEAM, "team-kz-71", null, "kz-71")), "n-5", "KZ-71", null);
        assertThat(EventSentence.of(byAstana).ru()).isEqualTo("Город Астана подтвердил уведомление об эстафете");
    }

    @Test
    void theHandoffServiceNotifiesTheNextHost() {
        assertThat(sentenceOf("HandoffNotificationIssued")).isEqualTo(new Trilingual(
                "Эстафета қызметі Жамбыл облысына хабарлама жіберді: эстафета келді (растау қажет)",
                "Служба эстафеты отправила уведомление Жамбылской области: эстафета получена "
                        + "(требуется подтверждение)",
                "The handoff service notified Jambyl Region: the baton has arrived (acknowledgement required)"));
    }

    @Test
    void countsTakeTheirRussianAndEnglishForms() {
        assertThat(sentenceOf("SeriesPlanned").ru()).isEqualTo(
                "Айгүл Сәрсенова запланировал(а) серию «Эстафета гражданских форумов»: 2 форума");
        assertThat(sentenceOf("RegistrationClosed").en()).isEqualTo(
                "Айгүл Сәрсенова closed registration for the forum in Jambyl Region: 184 participants registered");
        assertThat(sentenceOf("RegistrationOpened").ru()).endsWith(": 200 мест");
        assertThat(sentenceOf("AcknowledgementSlaSet").ru()).endsWith("срок подтверждения: 48 часов");
        assertThat(sentenceOf("ForumPostponed").ru()).isEqualTo("Айгүл Сәрсенова назначил(а) новые даты форума в "
                + "Жамбылской области: 2027-05-06 – 2027-05-07 (Паводок)");
        assertThat(sentenceOf("ForumPostponed").kk()).isEqualTo("Айгүл Сәрсенова Жамбыл облысындағы форумды "
                + "2027-05-06 – 2027-05-07 күндеріне ауыстырды (Су тасқыны)");
        assertThat(sentenceOf("ForumScheduled").kk()).contains("(№2) 2027-04-01 – 2027-04-02 күндеріне белгіледі");
        assertThat(sentenceOf("AuditCheckpoint").en()).isEqualTo(
                "The audit service signed a checkpoint of log relay.handoff/0: 12 records");
        assertThat(Phrases.ruCount(1, "форум", "форума", "форумов")).isEqualTo("1 форум");
        assertThat(Phrases.ruCount(4, "форум", "форума", "форумов")).isEqualTo("4 форума");
        assertThat(Phrases.ruCount(11, "форум", "форума", "форумов")).isEqualTo("11 форумов");
        assertThat(Phrases.ruCount(14, "форум", "форума", "форумов")).isEqualTo("14 форумов");
        assertThat(Phrases.ruCount(21, "форум", "форума", "форумов")).isEqualTo("21 форум");
        assertThat(Phrases.ruCount(22, "форум", "форума", "форумов")).isEqualTo("22 форума");
        assertThat(Phrases.ruCount(25, "форум", "форума", "форумов")).isEqualTo("25 форумов");
        assertThat(Phrases.ruCount(112, "форум", "форума", "форумов")).isEqualTo("112 форумов");
        assertThat(Phrases.enCount(1, "forum", "forums")).isEqualTo("1 forum");
    }

    @Test
    void aFailedDeliverySaysWhenItTriesAgainOrThatItGaveUp() {
        assertThat(sentenceOf("NotificationDeliveryFailed").en()).isEqualTo("The delivery service could not deliver "
                + "the notification by webhook (attempt 2): HTTP 500; next attempt at 2027-03-15 07:05 UTC");
        NotificationDeliveryFailed last = new NotificationDeliveryFailed(EveryEvent.envelope(EveryEvent.JAMBYL_FORUM,
                "delivery", EveryEvent.service("delivery")), "n-1", "sub-1", DeliveryChannel.EMAIL, 5, "550", null);
        assertThat(EventSentence.of(last)).isEqualTo(new Trilingual(
                "Жеткізу қызметі хабарламаны электрондық пошта арқылы жеткізе алмады (5-әрекет): 550; "
                        + "қайта әрекет болмайды",
                "Служба доставки не смогла доставить уведомление по электронной почте (попытка 5): 550; "
                        + "попыток больше не будет",
                "The delivery service could not deliver the notification by email (attempt 5): 550; no more attempts"));
    }

    @Test
    void anActorWithoutANameIsItsRoleAndIdAndAForumWithoutARegionIsItsId() {
        SeriesResumed byOperator = new SeriesResumed(EveryEvent.envelope(null, "scheduling",
                new Actor(ActorKind.OPERATOR, "operator-7", null, null)));
        assertThat(EventSentence.of(byOperator)).isEqualTo(new Trilingual("Оператор operator-7 серияны қайта "
                + "жалғастырды", "Оператор operator-7 возобновил серию", "Operator operator-7 resumed the series"));
        ForumCompleted elsewhere = new ForumCompleted(EveryEvent.envelope("trial-forum", "scheduling",
                EveryEvent.OPERATOR), 1, "XX-00", "res-1");
        assertThat(EventSentence.of(elsewhere).en()).isEqualTo("Айгүл Сәрсенова completed forum trial-forum");
    }

    @Test
    void anEventNotInTheCatalogueReadsAsRecordedByItsActor() {
        Schema renamed = SchemaBuilder.record("ForumRenamed").namespace("kz.civicrelay.events").fields()
                .name("envelope").type(Envelope.getClassSchema()).noDefault().endRecord();
        SpecificRecord unknown = new SeriesResumed(EveryEvent.envelope(EveryEvent.JAMBYL_FORUM, "scheduling",
                EveryEvent.OPERATOR)) {
            @Override
            public Schema getSchema() {
                return renamed;
            }
        };

        assertThat(EventSentence.of(unknown)).isEqualTo(new Trilingual("Айгүл Сәрсенова ForumRenamed оқиғасын жазды",
                "Айгүл Сәрсенова записал(а) событие ForumRenamed", "Айгүл Сәрсенова recorded ForumRenamed"));
    }
}
