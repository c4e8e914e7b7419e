package kz.civicrelay.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.DeliveryChannel;
import kz.civicrelay.events.DocumentKind;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.reference.Region;
import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;

/** The pieces event sentences share: forums by their host region, counts, dates, quotes, channels, documents. */
final class Phrases {

    private static final Pattern REGION_OF_FORUM = Pattern.compile("-(kz-\\d\\d)$", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Phrases() {
    }

    /**
     * A forum named by its host region: kk "Жамбыл облысындағы форум" (a noun phrase ending in форум, so the case
     * suffixes ды, ға, да, ның attach), ru "форум в Жамбылской области" (ru genitive and prepositional by
     * {@link #ruGenitive()}, {@link #ruPrepositional()}), en "the forum in Jambyl Region".
     */
    record Forum(String kk, String ru, String en, String ruRest) {

        String kkAccusative() {
            return kk + "ды";
        }

        String kkDative() {
            return kk + "ға";
        }

        String kkLocative() {
            return kk + "да";
        }

        String kkGenitive() {
            return kk + "ның";
        }

        String ruDative() {
            return "форуму" + ruRest;
        }

        String ruGenitive() {
            return "форума" + ruRest;
        }

        String ruPrepositional() {
            return "форуме" + ruRest;
        }
    }

    /** The forum a forum id names ({@code civic-2027-02-kz-31}: Jambyl's); by its id if no region is in it. */
    static Forum forum(@Nullable String forumId) {
        Optional<Region> region = region(forumId);
        if (region.isPresent()) {
            return forum(region.get());
        }
        if (forumId == null) {
            return new Forum("форум", "форум", "the forum", "");
        }
        return new Forum(forumId + " форум", "форум " + forumId, "forum " + forumId, " " + forumId);
    }

    /** The forum hosted in the region of this code, or if the code is none known the one the forum id names. */
    static Forum forum(@Nullable String regionCode, @Nullable String forumId) {
        Optional<Region> region = regionOf(regionCode);
        return region.isPresent() ? forum(region.get()) : forum(forumId);
    }

    private static Forum forum(Region host) {
        String rest = " " + host.ru().locative();
        return new Forum(host.kk().locative() + "ғы форум", "форум" + rest, "the forum " + host.locative().en(), rest);
    }

    /** A region in the dative (Жамбыл облысына / Жамбылской области / Jambyl Region); an unknown code as it is. */
    static Trilingual dative(String regionCode) {
        return regionOf(regionCode).map(Region::dative).orElseGet(() -> same(regionCode));
    }

    /** A region in the locative (Жамбыл облысында / в Жамбылской области / in Jambyl Region); unknown as it is. */
    static Trilingual locative(String regionCode) {
        return regionOf(regionCode).map(Region::locative).orElseGet(() -> same(regionCode));
    }

    static Trilingual same(String text) {
        return Trilingual.of(text, text, text);
    }

    /** " (text)" when there is a text, else nothing. */
    static String aside(@Nullable String text) {
        return text == null || text.isBlank() ? "" : " (" + text.strip() + ")";
    }

    /** The region whose code ends a forum id ({@code …-kz-31}), if any. */
    static Optional<Region> region(@Nullable String forumId) {
        if (forumId == null) {
            return Optional.empty();
        }
        Matcher code = REGION_OF_FORUM.matcher(forumId.strip());
        return code.find() ? Regions.find(code.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** A region by code; one not known stands as its code in every case. */
    static Optional<Region> regionOf(@Nullable String code) {
        return code == null ? Optional.empty() : Regions.find(code.strip().toUpperCase(Locale.ROOT));
    }

    /** {@code count} with the Russian noun form it takes: 1 форум, 3 форума, 5 форумов, 21 форум, 12 форумов. */
    static String ruCount(long count, String one, String few, String many) {
        long lastTwo = Math.abs(count) % 100;
        long last = lastTwo % 10;
        String noun = lastTwo >= 11 && lastTwo <= 14 ? many : last == 1 ? one : last >= 2 && last <= 4 ? few : many;
        return count + " " + noun;
    }

    /** {@code count} and an English noun, plural unless one. */
    static String enCount(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** One day, or the first and last: 2031-04-01 – 2031-04-02. */
    static String days(LocalDate start, LocalDate end) {
        return start.equals(end) ? start.toString() : start + " – " + end;
    }

    /** To which days, in Kazakh: 2031-04-01 күніне, 2031-04-01 – 2031-04-02 күндеріне. */
    static String kkToDays(LocalDate start, LocalDate end) {
        return days(start, end) + (start.equals(end) ? " күніне" : " күндеріне");
    }

    static String minute(Instant at) {
        return MINUTE.format(at);
    }

    /** «text» for Kazakh and Russian. */
    static String quoted(@Nullable String text) {
        return "«" + text + "»";
    }

    /** “text” for English. */
    static String enQuoted(@Nullable String text) {
        return "“" + text + "”";
    }

    /** ": reason" when there is a reason, else nothing. */
    static String because(@Nullable String reason) {
        return reason == null || reason.isBlank() ? "" : ": " + reason.strip();
    }

    static String kk(@Nullable LocalizedText text) {
        return text == null ? "" : text.getKk();
    }

    static String ru(@Nullable LocalizedText text) {
        return text == null ? "" : text.getRu();
    }

    static String en(@Nullable LocalizedText text) {
        return text == null ? "" : text.getEn();
    }

    /** Through which channel: электрондық пошта арқылы / по электронной почте / by email. */
    static Trilingual channel(DeliveryChannel channel) {
        return switch (channel) {
            case EMAIL -> Trilingual.of("электрондық пошта арқылы", "по электронной почте", "by email");
            case WEBHOOK -> Trilingual.of("вебхук арқылы", "через вебхук", "by webhook");
            default -> Trilingual.of("басқа арна арқылы", "по другому каналу", "by another channel");
        };
    }

    /** The document a forum adopts, a resolution (қарар) or an appeal (үндеу), in the cases sentences use. */
    record Document(String kk, String kkGenitive, String kkAccusative, String ru, String ruGenitive,
            String ruAccusative, String en) {

        static Document of(DocumentKind kind) {
            return kind == DocumentKind.APPEAL
                    ? new Document("үндеу", "үндеуінің", "үндеуін", "обращение", "обращения", "обращение", "appeal")
                    : new Document("қарар", "қарарының", "қарарын", "резолюция", "резолюции", "резолюцию",
                            "resolution");
        }
    }
}
