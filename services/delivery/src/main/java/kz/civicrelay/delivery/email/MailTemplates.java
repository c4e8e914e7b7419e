package kz.civicrelay.delivery.email;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import kz.civicrelay.delivery.domain.HandoffPackage;
import kz.civicrelay.delivery.domain.Language;
import kz.civicrelay.delivery.domain.Message;
import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.platform.checkin.CheckInCodes;
import kz.civicrelay.platform.checkin.QrImages;
import kz.civicrelay.reference.Regions;

/**
 * Renders a message for one subscription from the templates {@code templates/mail/notification.html} and
 * {@code .txt} (Thymeleaf, an engine of its own, not the web's): the subject in the subscriber's first language,
 * the body a section per language they read, in their order. The wording is in the bundles
 * {@code templates/mail/mail_kk|ru|en.properties}; everything is UTF-8. A person's notice of a seat carries their
 * check-in code (decision 0029): as text, and as a QR image the HTML shows inline.
 */
final class MailTemplates {

    private static final String TEMPLATE = "notification";
    /** The owner of a person's notices: {@code participant:<participant id>}. */
    private static final String PERSON = "participant:";
    private static final Set<String> SEAT_KINDS = Set.of("REGISTRATION_CONFIRMED", "WAITLIST_PROMOTED");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    private final MailLinks links;
    private final CheckInCodes checkInCodes;

    MailTemplates(MailLinks links, CheckInCodes checkInCodes) {
        this.links = links;
        this.checkInCodes = checkInCodes;
        bundles.setBasename("templates/mail/mail");
        bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundles.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(bundles);
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    MailContent render(Message message, Subscription subscription) {
        List<MailSection> sections = subscription.languages().stream().map(l -> section(message, l)).toList();
        MailSection first = sections.get(0);
        String kind = first.phrases().has("kind." + message.kind()) ? message.kind() : "OTHER";
        String subject = first.phrase("subject", first.phrase("kind." + kind), first.recipient());
        Context context = new Context(subscription.languages().get(0).locale());
        context.setVariable("subject", subject);
        context.setVariable("kind", kind);
        context.setVariable("alert", alert(message));
        context.setVariable("messageId", message.messageId());
        context.setVariable("seriesId", message.seriesId());
        context.setVariable("forumId", message.forumId());
        context.setVariable("forumUrl", links.forumPage(message));
        links.acknowledgement(message).ifPresent(link -> {
            context.setVariable("ackUrl", link.url());
            context.setVariable("ackUntil", MINUTE.format(link.expiresAt()));
        });
        context.setVariable("personal", message.owner().startsWith(PERSON));
        String checkInCode = checkInCode(message);
        context.setVariable("checkInCode", checkInCode);
        context.setVariable("checkInQr", "cid:" + MailContent.CHECK_IN_QR);
        context.setVariable("sections", sections);
        return new MailContent(subject, engine.process(TEMPLATE + ".html", context),
                engine.process(TEMPLATE + ".txt", context), checkInCode == null ? null : QrImages.png(checkInCode));
    }

    private MailSection section(Message message, Language language) {
        Phrases words = new Phrases(bundles, language.locale());
        HandoffPackage handoff = message.handoffPackage();
        return new MailSection(language.code(), words, language.of(message.text()),
                regionName(alert(message) || message.owner().startsWith(PERSON) ? message.toRegionCode()
                        : message.owner(), language),
                regionName(message.fromRegionCode(), language), regionName(message.toRegionCode(), language),
                handoff == null ? null : handoffSection(handoff, language, words),
                links.resolutionPdf(message, language).orElse(null));
    }

    private static MailSection.HandoffSection handoffSection(HandoffPackage handoff, Language language,
            Phrases words) {
        HandoffPackage.AdoptedResolution resolution = handoff.resolution();
        HandoffPackage.NextForum next = handoff.nextForum();
        return new MailSection.HandoffSection(handoff.completedForumId(),
                resolution == null ? null : language.of(resolution.title()),
                resolution == null ? null : resolution.contentHash(),
                resolution == null ? List.of() : counts(resolution.recommendationsByAddressee(), words),
                handoff.registeredCount(), next == null ? null : next.forumId(),
                next == null ? null : DAY.format(next.startDate()) + " — " + DAY.format(next.endDate()),
                next == null ? null : language.of(next.city()), next == null ? null : language.of(next.venue()),
                OpenItems.of(handoff, language, words));
    }

    /** Counts by addressee kind, most first, each named in the section's language (its symbol if unknown). */
    private static List<MailSection.Count> counts(Map<String, Integer> byAddressee, Phrases words) {
        return byAddressee.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new MailSection.Count(words.has("addressee." + e.getKey())
                        ? words.t("addressee." + e.getKey()) : e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * The check-in code of a person's seat, for the notices that give them one (a confirmed registration, a
     * promotion from the waitlist); null for any other message, or where no check-in key is configured.
     */
    private @Nullable String checkInCode(Message message) {
        String forumId = message.forumId();
        if (!message.owner().startsWith(PERSON) || !SEAT_KINDS.contains(message.kind()) || forumId == null) {
            return null;
        }
        return checkInCodes.codeFor(forumId, message.owner().substring(PERSON.length())).orElse(null);
    }

    private static boolean alert(Message message) {
        return Subscription.SECRETARIAT.equals(message.owner());
    }

    /** The region's name in {@code language}, or its code if it is not one of the 20. */
    private static String regionName(@Nullable String code, Language language) {
        if (code == null) {
            return "—";
        }
        return Regions.find(code).map(r -> language.of(r.name())).orElse(code);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
