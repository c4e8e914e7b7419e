package kz.civicrelay.delivery.email;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import kz.civicrelay.delivery.domain.HandoffPackage;
import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.domain.Message;
import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.delivery.domain.DeliveryChannel;
import kz.civicrelay.platform.checkin.CheckInCodes;
import kz.civicrelay.platform.links.AcknowledgementLinks;
import kz.civicrelay.reference.Trilingual;

/** Messages and subscriptions the e-mail tests send: Jetisu passes the baton to Karaganda region. */
final class MailSamples {

    static final String LINK_KEY = Base64.getEncoder().encodeToString(filled(32, (byte) 7));
    static final Instant ISSUED = Instant.parse("2027-03-15T07:00:00Z");
    static final String NOTIFICATION_ID = "relay-2027-02-kz-35-kz-35";
    static final String FORUM_ID = "relay-2027-02-kz-35";
    static final String COMPLETED_FORUM_ID = "relay-2027-01-kz-33";
    static final Trilingual RECEIVED = Trilingual.of(
            "Жетісу облысы эстафетаны Қарағанды облысына табыстады. Форумға дайындықты бастап, қабылдағаныңызды растаңыз.",
            "Область Жетісу передала эстафету Карагандинской области. Начните подготовку к форуму и подтвердите получение.",
            "Jetisu Region passed the baton to Karaganda Region. Start preparing the forum and acknowledge the baton.");
    static final Trilingual RESOLUTION_TITLE = Trilingual.of("Жастар саясаты жөніндегі қарар",
            "Резолюция по молодёжной политике", "Resolution on youth policy");
    static final Trilingual AKIMAT = Trilingual.of("Жетісу облысының әкімдігі", "Акимат области Жетісу",
            "Akimat of Jetisu Region");
    static final Trilingual YOUTH_CENTRES = Trilingual.of("Әр ауданда жастар орталығын ашу: ә ғ қ ң ө ұ ү һ і",
            "Открыть молодёжный центр в каждом районе", "Open a youth centre in every district");
    static final Trilingual GRANTS = Trilingual.of("Үкіметтік емес ұйымдарға шағын гранттар", "Малые гранты для НПО",
            "Small grants for NGOs");
    static final String CHECK_IN_KEY = Base64.getEncoder().encodeToString(filled(32, (byte) 9));
    static final CheckInCodes CHECK_IN_CODES = new CheckInCodes(CHECK_IN_KEY);
    static final String PARTICIPANT_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
    static final String CONFIRMED_FORUM_ID = "relay-2027-03-kz-75";
    static final Trilingual CONFIRMED = Trilingual.of("Тіркеуіңіз расталды: форумда сізге орын сақталды.",
            "Ваша регистрация подтверждена: место на форуме за вами.", "Your registration is confirmed.");
    static final String CONTENT_HASH = "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a0c2e4f6a8b0d2f4e6a8c0e";

    private MailSamples() {
    }

    static MailSettings settings() {
        return new MailSettings("https://console.example.kz/", "https://resolution.example.kz",
                "https://handoff.example.kz", "Civic relay <relay@civicrelay.kz>", null);
    }

    static MailTemplates templates() {
        return new MailTemplates(new MailLinks(settings(), AcknowledgementLinks.withKey(LINK_KEY)), CHECK_IN_CODES);
    }

    /** Without the link key, and without the check-in key. */
    static MailTemplates templatesWithoutLinkKey() {
        return new MailTemplates(new MailLinks(settings(), null), new CheckInCodes(""));
    }

    /** Almaty city's forum confirms Әсел's seat (she reads Kazakh, then Russian). */
    static Message confirmation() {
        return new Message("ev-registered-1", "relay-2027", CONFIRMED_FORUM_ID, "participant:" + PARTICIPANT_ID,
                "REGISTRATION_CONFIRMED", CONFIRMED, "KZ-75", "KZ-75", false, ISSUED, null);
    }

    static Subscription person(String address, Language... languages) {
        return new Subscription("participant:" + PARTICIPANT_ID + ":email", "participant:" + PARTICIPANT_ID,
                DeliveryChannel.EMAIL, address, List.of(languages), 0);
    }

    /** Karaganda region's team receives the baton from Jetisu, with the handoff package. */
    static Message batonReceived() {
        return new Message(NOTIFICATION_ID, "relay-2027", FORUM_ID, "KZ-35", "BATON_RECEIVED", RECEIVED, "KZ-33",
                "KZ-35", true, ISSUED, handoffPackage());
    }

    static HandoffPackage handoffPackage() {
        return new HandoffPackage(COMPLETED_FORUM_ID,
                new HandoffPackage.AdoptedResolution("res-relay-2027-01", CONTENT_HASH, RESOLUTION_TITLE,
                        Map.of("REGIONAL_AKIMAT", 4, "NGOS", 2, "MINISTRY", 1)),
                187, Map.of(), new HandoffPackage.NextForum(FORUM_ID, LocalDate.of(2027, 4, 20),
                        LocalDate.of(2027, 4, 21), Trilingual.of("Қарағанды", "Караганда", "Karaganda"),
                        Trilingual.of("Облыстық мәслихаттың мәжіліс залы", "Зал заседаний областного маслихата",
                                "Session hall of the regional maslikhat")),
                List.of(open(COMPLETED_FORUM_ID, "rec-1", YOUTH_CENTRES, "NOT_STARTED"),
                        open(COMPLETED_FORUM_ID, "rec-3", GRANTS, "IN_PROGRESS")), 0);
    }

    /** The package with {@code listed} open recommendations (forum 01's, then 02's…) and {@code leftOut} more. */
    static HandoffPackage handoffPackageWithOpen(int listed, int leftOut) {
        HandoffPackage base = handoffPackage();
        List<HandoffPackage.OpenRecommendation> open = java.util.stream.IntStream.rangeClosed(1, listed)
                .mapToObj(i -> open("relay-2027-%02d".formatted(i), "rec-" + i, Trilingual.of(
                        "Ұсыным " + i + ": " + "ә".repeat(i == 1 ? 400 : 10), "Рекомендация " + i,
                        "Recommendation " + i), i % 2 == 0 ? "IN_PROGRESS" : "NOT_STARTED"))
                .toList();
        return new HandoffPackage(base.completedForumId(), base.resolution(), base.registeredCount(),
                base.participantsByCategory(), base.nextForum(), open, leftOut);
    }

    static HandoffPackage.OpenRecommendation open(String forumId, String id, Trilingual text, String status) {
        return new HandoffPackage.OpenRecommendation(forumId, id, "REGIONAL_AKIMAT", AKIMAT, text, status);
    }

    /** The operators are told Karaganda region's team has not acknowledged the baton. */
    static Message escalation() {
        return new Message("escalation-" + NOTIFICATION_ID, "relay-2027", FORUM_ID, Subscription.SECRETARIAT,
                "ESCALATION", Trilingual.of("Қарағанды облысының командасы эстафетаны 48 сағат ішінде растамады.",
                        "Команда Карагандинской области не подтвердила эстафету за 48 часов.",
                        "Karaganda Region's team has not acknowledged the baton within 48 hours."),
                "KZ-33", "KZ-35", false, ISSUED, null);
    }

    static Subscription subscription(String address, Language... languages) {
        return new Subscription("sub-kz-35-mail", "KZ-35", DeliveryChannel.EMAIL, address, List.of(languages), 1);
    }

    static Subscription secretariat(String address) {
        return new Subscription("sub-secretariat", Subscription.SECRETARIAT, DeliveryChannel.EMAIL, address,
                List.of(Language.EN), 1);
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
