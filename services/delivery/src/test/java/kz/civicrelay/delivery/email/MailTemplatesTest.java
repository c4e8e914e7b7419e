package kz.civicrelay.delivery.email;

import static kz.civicrelay.delivery.email.MailSamples.CONTENT_HASH;
import static kz.civicrelay.delivery.email.MailSamples.ISSUED;
import static kz.civicrelay.delivery.email.MailSamples.NOTIFICATION_ID;
import static kz.civicrelay.delivery.email.MailSamples.RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.platform.links.AcknowledgementLinks;

/** The mail as the templates render it, without an SMTP server. */
class MailTemplatesTest {

    private static final Pattern ACK_LINK = Pattern.compile(
            "https://handoff\\.example\\.kz/acknowledge/" + NOTIFICATION_ID + "\\?token=([A-Za-z0-9_.-]+)");
    private static final String FORUM_PAGE = "https://console.example.kz/?series=relay-2027&forum=relay-2027-02-kz-35";
    private static final String PDF = "https://resolution.example.kz/api/forums/relay-2027-01-kz-33/resolution/pdf?lang=";

    private final MailTemplates templates = MailSamples.templates();

    @Test
    void shouldWriteTheSubjectInTheFirstLanguageAndASectionPerLanguageInOrder() {
        MailContent mail = templates.render(MailSamples.batonReceived(),
                MailSamples.subscription("team@example.kz", Language.KK, Language.RU));

        assertThat(mail.subject()).isEqualTo("Эстафета сіздің өңірге келді — Қарағанды облысы");
        for (String body : List.of(mail.html(), mail.text())) {
            assertThat(body).contains(RECEIVED.kk(), RECEIVED.ru()).doesNotContain(RECEIVED.en())
                    .contains("Жетісу облысы → Қарағанды облысы", "область Жетісу → Карагандинская область")
                    .contains("Алушы өңір", "Регион-получатель").doesNotContain("Recipient region");
            assertThat(body.indexOf(RECEIVED.kk())).as("Kazakh first, as the subscriber ordered")
                    .isLessThan(body.indexOf(RECEIVED.ru()));
        }
        assertThat(mail.html()).contains("lang=\"kk\"").contains("<section lang=\"ru\"");

        MailContent russianFirst = templates.render(MailSamples.batonReceived(),
                MailSamples.subscription("team@example.kz", Language.RU, Language.KK));
        assertThat(russianFirst.subject()).isEqualTo("Эстафета пришла в ваш регион — Карагандинская область");
        assertThat(russianFirst.text().indexOf(RECEIVED.ru())).isLessThan(russianFirst.text().indexOf(RECEIVED.kk()));
    }

    @Test
    void shouldCarryTheHandoffPackageInEachLanguage() {
        MailContent mail = templates.render(MailSamples.batonReceived(),
                MailSamples.subscription("team@example.kz", Language.KK, Language.EN));

        for (String body : List.of(mail.html(), mail.text())) {
            assertThat(body).contains("Жастар саясаты жөніндегі қарар", "Resolution on youth policy")
                    .doesNotContain("Резолюция по молодёжной политике").contains(CONTENT_HASH)
                    .contains("Облыс әкімдігі: 4", "Үкіметтік емес ұйымдар: 2", "Министрліктер: 1")
                    .contains("Regional akimat: 4", "NGOs: 2", "Ministries: 1")
                    .contains("Тіркелген қатысушылар: 187", "Participants registered: 187")
                    .contains("2027-04-20 — 2027-04-21", "Қарағанды", "Облыстық мәслихаттың мәжіліс залы",
                            "Session hall of the regional maslikhat")
                    .contains("relay-2027-01-kz-33 форумынан берілген пакет");
            assertThat(body.indexOf("Облыс әкімдігі: 4")).as("the addressee with most recommendations first")
                    .isLessThan(body.indexOf("Үкіметтік емес ұйымдар: 2"));
        }
    }

    @Test
    void shouldListTheSeriesOpenRecommendationsInEachLanguage() {
        MailContent mail = templates.render(MailSamples.batonReceived(),
                MailSamples.subscription("team@example.kz", Language.KK, Language.EN));

        for (String body : List.of(mail.html(), mail.text())) {
            assertThat(body).contains("Осы және бұрынғы форумдардың орындалмаған ұсынымдары: 2",
                            "Open recommendations of this and earlier forums: 2")
                    .contains("relay-2027-01-kz-33 — Жетісу облысының әкімдігі: Әр ауданда жастар орталығын ашу: "
                            + "ә ғ қ ң ө ұ ү һ і (басталған жоқ)")
                    .contains("relay-2027-01-kz-33 — Жетісу облысының әкімдігі: Үкіметтік емес ұйымдарға шағын "
                            + "гранттар (орындалуда)")
                    .contains("relay-2027-01-kz-33 — Akimat of Jetisu Region: Open a youth centre in every district "
                            + "(not started)", "Small grants for NGOs (in progress)")
                    .doesNotContain("Открыть молодёжный центр", "…and", "NOT_STARTED");
            assertThat(body.indexOf("Әр ауданда жастар")).as("in the series' order")
                    .isLessThan(body.indexOf("Үкіметтік емес ұйымдарға шағын"));
        }
    }

    @Test
    void shouldListAtMostTenOpenRecommendationsAndSayHowManyMore() {
        var message = MailSamples.batonReceived();
        var many = new kz.civicrelay.delivery.domain.Message(message.messageId(), message.seriesId(),
                message.forumId(), message.owner(), message.kind(), message.text(), message.fromRegionCode(),
                message.toRegionCode(), true, message.issuedAt(), MailSamples.handoffPackageWithOpen(14, 3));

        MailContent mail = templates.render(many, MailSamples.subscription("team@example.kz", Language.RU, Language.KK));

        for (String body : List.of(mail.html(), mail.text())) {
            assertThat(body).contains("Невыполненные рекомендации этого и прежних форумов: 17",
                            "Осы және бұрынғы форумдардың орындалмаған ұсынымдары: 17")
                    .contains("relay-2027-10 — Акимат области Жетісу: Рекомендация 10 (в работе)")
                    .doesNotContain("Рекомендация 11", "Ұсыным 11")
                    .contains("…и ещё 7 (полный список в консоли)", "…және тағы 7 ұсыным (толық тізімі консольде)")
                    .contains("Ұсыным 1: " + "ә".repeat(300 - "Ұсыным 1: ".length()) + "…")
                    .doesNotContain("ә".repeat(301 - "Ұсыным 1: ".length()));
        }
        assertThat(mail.html()).contains("<ol>");
    }

    @Test
    void shouldLinkTheForumPageTheResolutionPdfAndASignedAcknowledgement() {
        MailContent mail = templates.render(MailSamples.batonReceived(),
                MailSamples.subscription("team@example.kz", Language.KK, Language.RU));

        List<String> hrefs = hrefs(mail.html());
        assertThat(hrefs).contains(FORUM_PAGE, PDF + "kk", PDF + "ru");
        assertThat(mail.text()).contains(FORUM_PAGE, PDF + "kk", PDF + "ru");
        String link = hrefs.stream().filter(h -> ACK_LINK.matcher(h).matches()).findFirst().orElseThrow();
        assertThat(mail.text()).contains(link);

        Matcher token = ACK_LINK.matcher(link);
        assertThat(token.matches()).isTrue();
        assertThat(AcknowledgementLinks.withKey(MailSamples.LINK_KEY).verify(token.group(1), ISSUED.plusSeconds(60)))
                .as("a link for Karaganda region's notification, valid 14 days after issue")
                .contains(new AcknowledgementLinks.Claim(NOTIFICATION_ID, "KZ-35", ISSUED.plus(Duration.ofDays(14))));
        assertThat(mail.text()).contains("Эстафетаны қабылдағаныңызды растау", "2027-03-29 07:00 UTC дейін жарамды");
    }

    @Test
    void shouldRenderTheSameMailForEveryAttempt() {
        var subscription = MailSamples.subscription("team@example.kz", Language.KK, Language.RU);

        assertThat(templates.render(MailSamples.batonReceived(), subscription))
                .isEqualTo(MailSamples.templates().render(MailSamples.batonReceived(), subscription));
    }

    @Test
    void shouldWritePlainTextWithoutMarkup() {
        MailContent mail = templates.render(MailSamples.batonReceived(),
                MailSamples.subscription("team@example.kz", Language.KK));

        assertThat(mail.text()).doesNotContain("<", "&amp;", "&#").startsWith("== Эстафета сіздің өңірге келді ==");
    }

    @Test
    void shouldSayWhereToAcknowledgeWithoutALinkKey() {
        MailContent mail = MailSamples.templatesWithoutLinkKey().render(MailSamples.batonReceived(),
                MailSamples.subscription("team@example.kz", Language.KK, Language.EN));

        assertThat(mail.html() + mail.text()).doesNotContain("/acknowledge/", "token=")
                .contains("Эстафетаны консольде немесе forumctl арқылы растаңыз.",
                        "Acknowledge the baton in the console or with forumctl.");
    }

    @Test
    void shouldTellTheSecretariatOfAnEscalationWithoutAnAcknowledgementLink() {
        MailContent mail = templates.render(MailSamples.escalation(), MailSamples.secretariat("ops@example.kz"));

        assertThat(mail.subject()).isEqualTo("Escalation: the baton was not acknowledged in time — Karaganda Region");
        assertThat(mail.text()).contains("Karaganda Region's team has not acknowledged the baton within 48 hours.")
                .contains("Region: Karaganda Region").contains(FORUM_PAGE).doesNotContain("/acknowledge/", "PDF");
        assertThat(mail.html()).contains("Karaganda Region&#39;s team has not acknowledged");
    }

    @Test
    void shouldTellTheSecretariatOfAnAbandonedDeliveryAndNameAnUnknownKindPlainly() {
        var abandoned = new kz.civicrelay.delivery.domain.Message("abandoned-" + NOTIFICATION_ID, "relay-2027", null,
                "secretariat", "DELIVERY_ABANDONED", kz.civicrelay.reference.Trilingual.of(
                        "Қарағанды облысына хабарлама үш күн бойы жеткізілмеді.",
                        "Уведомление Карагандинской области не доставлено за три дня.",
                        "The notification to Karaganda Region was not delivered in three days."),
                "KZ-33", "KZ-35", false, ISSUED, null);
        var subscription = new kz.civicrelay.delivery.domain.Subscription("sub-secretariat-ru", "secretariat",
                kz.civicrelay.delivery.domain.DeliveryChannel.EMAIL, "ops@example.kz", List.of(Language.RU, Language.KK), 1);

        MailContent mail = templates.render(abandoned, subscription);

        assertThat(mail.subject()).isEqualTo("Уведомление не доставлено — Карагандинская область");
        assertThat(mail.text()).contains("Уведомление Карагандинской области не доставлено за три дня.",
                "Қарағанды облысына хабарлама үш күн бойы жеткізілмеді.", "https://console.example.kz/?series=relay-2027")
                .doesNotContain("forum=", "Форум:", "/acknowledge/");

        var unknown = new kz.civicrelay.delivery.domain.Message(NOTIFICATION_ID, "relay-2027", null, "KZ-35",
                "SOMETHING_NEW", RECEIVED, "KZ-33", "KZ-35", false, ISSUED, null);
        assertThat(templates.render(unknown, MailSamples.subscription("team@example.kz", Language.KK)).subject())
                .isEqualTo("Эстафета хабарламасы — Қарағанды облысы");
    }

    @Test
    void shouldHaveEveryPhraseInKazakhRussianAndEnglish() throws IOException {
        Properties kk = bundle("kk");
        Properties ru = bundle("ru");
        Properties en = bundle("en");

        assertThat(kk.stringPropertyNames()).isNotEmpty().isEqualTo(ru.stringPropertyNames())
                .isEqualTo(en.stringPropertyNames());
        assertThat(kk.getProperty("kind.BATON_RECEIVED")).isEqualTo("Эстафета сіздің өңірге келді");
    }

    private static List<String> hrefs(String html) {
        return Pattern.compile("href=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1).replace("&amp;", "&"))
                .toList();
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTemplatesTest.class.getResourceAsStream("/templates/mail/mail_" + language + ".properties")) {
            assertThat(in).as("bundle " + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
