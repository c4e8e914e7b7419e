package kz.civicrelay.platform.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.AcknowledgementSlaSet;
import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.AdoptedRecommendation;
import kz.civicrelay.events.AttendanceMarked;
import kz.civicrelay.events.AuditCheckpoint;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.DeliveryChannel;
import kz.civicrelay.events.DeliverySubscriptionAdded;
import kz.civicrelay.events.DeliverySubscriptionRemoved;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.FollowUpStatus;
import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumPostponed;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumProgrammeSet;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.HandoffEscalated;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.NotificationDelivered;
import kz.civicrelay.events.NotificationDeliveryFailed;
import kz.civicrelay.events.NotificationKind;
import kz.civicrelay.events.ParticipantCategory;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.ParticipantWaitlisted;
import kz.civicrelay.events.PlenaryVote;
import kz.civicrelay.events.ProgrammeSession;
import kz.civicrelay.events.PromotionDeclined;
import kz.civicrelay.events.RecommendationAmended;
import kz.civicrelay.events.RecommendationProgressReported;
import kz.civicrelay.events.RecommendationProposed;
import kz.civicrelay.events.RecommendationVoted;
import kz.civicrelay.events.RecommendationWithdrawn;
import kz.civicrelay.events.RecommendationsReordered;
import kz.civicrelay.events.RegistrationCancelled;
import kz.civicrelay.events.RegistrationClosed;
import kz.civicrelay.events.RegistrationOpened;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.ResolutionDraftOpened;
import kz.civicrelay.events.ResolutionKindChosen;
import kz.civicrelay.events.SeriesClosedEarly;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.events.SeriesResumed;
import kz.civicrelay.events.SeriesSuspended;
import kz.civicrelay.events.SessionKind;
import kz.civicrelay.events.SessionsChosen;
import kz.civicrelay.events.WaitlistLeft;
import kz.civicrelay.events.WaitlistPromoted;

/**
 * One event of each type of the catalogue, as the services write them, in series civic-2027 whose second forum is
 * hosted by Jambyl region (KZ-31) after Shymkent (KZ-79): for tests that must cover every event.
 */
public final class EveryEvent {

    public static final Instant AT = Instant.parse("2027-03-15T07:00:00Z");
    public static final String SHYMKENT_FORUM = "civic-2027-01-kz-79";
    public static final String JAMBYL_FORUM = "civic-2027-02-kz-31";
    public static final Actor OPERATOR = new Actor(ActorKind.OPERATOR, "operator-1", "Айгүл Сәрсенова", null);
    public static final Actor EDITOR = new Actor(ActorKind.EDITOR, "editor-kz-31", "Ерлан Жақсыбеков", "KZ-31");
    public static final Actor JAMBYL_TEAM = new Actor(ActorKind.REGIONAL_TEAM, "team-kz-31", "Жамбыл облысы",
            "KZ-31");

    private EveryEvent() {
    }

    /** One of each, in the catalogue's order of families: scheduling, registration, resolution, handoff, delivery. */
    public static List<SpecificRecord> all() {
        LocalizedText reason = text("Су тасқыны", "Паводок", "Flood");
        LocalizedText title = text("Жастар саясаты туралы қарар", "Резолюция о молодёжной политике",
                "Resolution on youth policy");
        LocalizedText akimat = text("Жамбыл облысының әкімдігі", "Акимат Жамбылской области", "Akimat of Jambyl region");
        LocalizedText grants = text("Ауыл жастарына гранттарды көбейту", "Увеличить гранты сельской молодёжи",
                "Increase grants for rural youth");
        PlenaryVote vote = new PlenaryVote(180, 150, 20, 10);
        return List.of(
                new SeriesPlanned(envelope(null, "scheduling", OPERATOR),
                        text("Азаматтық форумдар эстафетасы", "Эстафета гражданских форумов", "Civic forum relay"),
                        List.of("KZ-79", "KZ-31"), List.of(SHYMKENT_FORUM, JAMBYL_FORUM)),
                new ForumScheduled(envelope(JAMBYL_FORUM, "scheduling", OPERATOR), 2, "KZ-31",
                        text("II Азаматтық форум", "II Гражданский форум", "2nd Civil Forum"),
                        text("Жергілікті өзін-өзі басқару", "Местное самоуправление", "Local self-government"),
                        text("Тараз", "Тараз", "Taraz"), text("Өңірлік кітапхана", "Областная библиотека",
                                "Regional library"), LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 2), 200, false,
                        null),
                new ForumPreparationOpened(envelope(JAMBYL_FORUM, "scheduling", service("handoff")), 2, "KZ-31",
                        "KZ-79"),
                new ForumConvened(envelope(JAMBYL_FORUM, "scheduling", OPERATOR), 2, "KZ-31"),
                new ForumCompleted(envelope(JAMBYL_FORUM, "scheduling", OPERATOR), 2, "KZ-31", "res-2"),
                new ForumPostponed(envelope(JAMBYL_FORUM, "scheduling", OPERATOR), LocalDate.of(2027, 5, 6),
                        LocalDate.of(2027, 5, 7), reason),
                new ForumCancelled(envelope(JAMBYL_FORUM, "scheduling", OPERATOR), reason),
                new ForumProgrammeSet(envelope(JAMBYL_FORUM, "scheduling", OPERATOR), "Asia/Almaty", List.of(
                        new ProgrammeSession("plenary", SessionKind.PLENARY, text("Пленарлық отырыс",
                                "Пленарное заседание", "Plenary session"), LocalDateTime.of(2027, 4, 1, 10, 0),
                                LocalDateTime.of(2027, 4, 1, 12, 0), "Үлкен зал", null, 200),
                        new ProgrammeSession("ngo-media", SessionKind.PANEL, text("ҮЕҰ және БАҚ", "НКО и СМИ",
                                "NGOs and media"), LocalDateTime.of(2027, 4, 1, 14, 0),
                                LocalDateTime.of(2027, 4, 1, 16, 0), null, null, null))),
                new RegistrationOpened(envelope(JAMBYL_FORUM, "registration", OPERATOR), 200, "KZ-31"),
                new RegistrationClosed(envelope(JAMBYL_FORUM, "registration", OPERATOR), 184),
                new ParticipantRegistered(envelope(JAMBYL_FORUM, "registration", OPERATOR), "p-1",
                        "Әлия Нұрланқызы", "«Үміт» қоғамдық бірлестігі", ParticipantCategory.NGO, "KZ-31",
                        List.of("kk", "ru"), "aliya@example.kz", null, null, false),
                new RegistrationCancelled(envelope(JAMBYL_FORUM, "registration", OPERATOR), "p-1", "ауырып қалды"),
                new ParticipantWaitlisted(envelope(JAMBYL_FORUM, "registration", OPERATOR), "p-2",
                        "Мұрат Оспанов", "Тараз жастар орталығы", ParticipantCategory.YOUTH, "KZ-31",
                        List.of("kk"), null, null),
                new WaitlistPromoted(envelope(JAMBYL_FORUM, "registration", service("registration")), "p-2"),
                new SessionsChosen(envelope(JAMBYL_FORUM, "registration", participant("p-2")), "p-2",
                        List.of("plenary", "ngo-media")),
                new WaitlistLeft(envelope(JAMBYL_FORUM, "registration", participant("p-3")), "p-3", null),
                new PromotionDeclined(envelope(JAMBYL_FORUM, "registration", participant("p-4")), "p-4", null),
                new AttendanceMarked(envelope(JAMBYL_FORUM, "registration", OPERATOR), "p-2"),
                new ResolutionDraftOpened(envelope(JAMBYL_FORUM, "resolution", EDITOR), "res-2", title,
                        DocumentKind.RESOLUTION),
                new RecommendationProposed(envelope(JAMBYL_FORUM, "resolution", EDITOR), "res-2", "rec-1",
                        AddresseeKind.REGIONAL_AKIMAT, akimat, grants, "KZ-31"),
                new RecommendationAmended(envelope(JAMBYL_FORUM, "resolution", EDITOR), "res-2", "rec-1", 2, grants),
                new RecommendationWithdrawn(envelope(JAMBYL_FORUM, "resolution", EDITOR), "res-2", "rec-3", null,
                        "rec-1"),
                new RecommendationsReordered(envelope(JAMBYL_FORUM, "resolution", EDITOR), "res-2",
                        List.of("rec-2", "rec-1")),
                new ResolutionKindChosen(envelope(JAMBYL_FORUM, "resolution", EDITOR), "res-2", DocumentKind.APPEAL,
                        text("Жамбыл үндеуі", "Жамбылское обращение", "Jambyl appeal")),
                new RecommendationVoted(envelope(JAMBYL_FORUM, "resolution", EDITOR), "res-2", "rec-1", vote, true),
                new ResolutionAdopted(envelope(JAMBYL_FORUM, "resolution", EDITOR), "res-2", title,
                        List.of("rec-1", "rec-2"), "sha256:00ff", Map.of("REGIONAL_AKIMAT", 2),
                        DocumentKind.RESOLUTION, vote, List.of(
                                new AdoptedRecommendation("rec-1", AddresseeKind.REGIONAL_AKIMAT, akimat, grants, 2,
                                        "KZ-31"),
                                new AdoptedRecommendation("rec-2", AddresseeKind.REGIONAL_AKIMAT, akimat, grants, 1,
                                        "KZ-31"))),
                new RecommendationProgressReported(envelope(JAMBYL_FORUM, "resolution", JAMBYL_TEAM), "res-2",
                        "rec-1", FollowUpStatus.IN_PROGRESS, LocalDate.of(2027, 9, 1), "гранттар жарияланды"),
                new BatonPassed(envelope(SHYMKENT_FORUM, "handoff", service("handoff")), 1, SHYMKENT_FORUM, "KZ-79",
                        JAMBYL_FORUM, "KZ-31", 2, null),
                notification(),
                new HandoffAcknowledged(envelope(JAMBYL_FORUM, "handoff", JAMBYL_TEAM), "n-1", "KZ-31",
                        "Қабылдадық, рақмет"),
                new HandoffEscalated(envelope(JAMBYL_FORUM, "handoff", service("handoff")), "n-1", "KZ-31",
                        text("48 сағат өтті", "Прошло 48 часов", "48 hours passed")),
                new AcknowledgementSlaSet(envelope(null, "handoff", OPERATOR), 48 * 3_600_000L),
                new SeriesSuspended(envelope(null, "scheduling", OPERATOR), reason),
                new SeriesResumed(envelope(null, "scheduling", OPERATOR)),
                new SeriesClosedEarly(envelope(null, "scheduling", OPERATOR),
                        text("Қаржы жоқ", "Нет финансирования", "No funding"), 2, JAMBYL_FORUM),
                new SeriesCompleted(envelope(null, "scheduling", service("scheduling")), 2, JAMBYL_FORUM, "KZ-31"),
                new DeliverySubscriptionAdded(envelope(null, "delivery", OPERATOR), "sub-1", "KZ-31",
                        DeliveryChannel.EMAIL, "team31@example.kz", List.of("kk", "ru"), 1),
                new DeliverySubscriptionRemoved(envelope(null, "delivery", OPERATOR), "sub-2", "secretariat"),
                new NotificationDelivered(envelope(JAMBYL_FORUM, "delivery", service("delivery")), "n-1", "sub-1",
                        DeliveryChannel.EMAIL, 1, "250 OK"),
                new NotificationDeliveryFailed(envelope(JAMBYL_FORUM, "delivery", service("delivery")), "n-1",
                        "sub-3", DeliveryChannel.WEBHOOK, 2, "HTTP 500", AT.plusSeconds(300)),
                new AuditCheckpoint(envelope(null, "auditor", service("auditor")), "relay.handoff", 0,
                        "civicrelay.kz/log", 12L, 12L, ByteBuffer.wrap(new byte[] {1, 2}), "— signed note", 0L,
                        List.of(11L), List.of(ByteBuffer.wrap(new byte[] {3}))));
    }

    /** The handoff service tells Jambyl region's team that the baton is theirs; they must acknowledge. */
    public static HandoffNotificationIssued notification() {
        return new HandoffNotificationIssued(envelope(JAMBYL_FORUM, "handoff", service("handoff")), "n-1", "KZ-31",
                NotificationKind.BATON_RECEIVED, "KZ-79", "KZ-31",
                text("Эстафета сізде", "Эстафета у вас", "The baton is yours"), true);
    }

    public static LocalizedText text(String kk, String ru, String en) {
        return new LocalizedText(kk, ru, en);
    }

    public static Actor service(String name) {
        return new Actor(ActorKind.SERVICE, name, null, null);
    }

    private static Actor participant(String id) {
        return new Actor(ActorKind.PARTICIPANT, id, null, "KZ-31");
    }

    public static Envelope envelope(String forumId, String producer, Actor actor) {
        UUID id = UUID.nameUUIDFromBytes((forumId + producer + actor.getId()).getBytes(StandardCharsets.UTF_8));
        return Envelope.newBuilder().setEventId(id).setOccurredAt(AT).setSeriesId("civic-2027").setForumId(forumId)
                .setCausationId(null).setCorrelationId(id.toString()).setActor(actor).setProducer(producer).build();
    }
}
