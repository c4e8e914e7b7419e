package kz.civicrelay.resolution.domain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Regions;

/**
 * A resolution as people read it in one language, before it is laid out as plain text, Markdown or PDF: the title,
 * whether it is a draft or adopted (and when), the facts (kind of document, host region, theme, the plenary's vote,
 * the adopted text's content hash), then its recommendations grouped by addressee and numbered within each, in the
 * resolution's order (a group comes where its first recommendation does).
 */
public record ResolutionDocument(String title, String status, List<Fact> facts, Map<String, List<String>> groups,
        String none) {

    /** One labelled line, e.g. "Region: Jetisu Region". */
    public record Fact(String label, String value) {
    }

    private record Labels(String draft, String adopted, String kind, String region, String theme, String vote,
            String hash, String none) {
    }

    private static final Labels KK = new Labels("ЖОБА (әлі қабылданған жоқ)", "ҚАБЫЛДАНДЫ", "Құжат түрі", "Өңір",
            "Тақырыбы", "Дауыс беру", "Мазмұн хэші (SHA-256)", "Ұсыныстар әлі жоқ.");
    private static final Labels RU = new Labels("ПРОЕКТ (ещё не принята)", "ПРИНЯТА", "Вид документа", "Регион",
            "Тема", "Голосование", "Хеш содержания (SHA-256)", "Рекомендаций пока нет.");
    private static final Labels EN = new Labels("DRAFT (not yet adopted)", "ADOPTED", "Document", "Region", "Theme",
            "Vote", "Content hash (SHA-256)", "No recommendations yet.");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public ResolutionDocument {
        facts = List.copyOf(facts);
    }

    public static ResolutionDocument of(Resolution resolution, ScheduledForum forum, Language language) {
        Labels labels = switch (language) {
            case KK -> KK;
            case RU -> RU;
            case EN -> EN;
        };
        String status = resolution.adoption().map(a -> labels.adopted() + " "
                + DAY.format(a.by().at().atZone(ForumResolutions.KAZAKHSTAN))).orElse(labels.draft());
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(labels.kind(), language.of(resolution.kind().displayName())));
        Regions.find(forum.regionCode()).ifPresent(region -> facts.add(new Fact(labels.region(),
                language.of(region.name()))));
        facts.add(new Fact(labels.theme(), language.of(forum.theme())));
        resolution.adoption().ifPresent(adoption -> {
            if (adoption.vote() != null) {
                facts.add(new Fact(labels.vote(), vote(adoption.vote(), language)));
            }
            if (adoption.contentHash() != null) {
                facts.add(new Fact(labels.hash(), adoption.contentHash()));
            }
        });
        return new ResolutionDocument(language.of(resolution.title()), status, facts, groups(resolution, language),
                labels.none());
    }

    /** "for 120, against 3, abstained 5 (128 present)", in the language. */
    public static String vote(@Nullable PlenaryVote vote, Language language) {
        if (vote == null) {
            return "";
        }
        return switch (language) {
            case KK -> "жақтап " + vote.inFavour() + ", қарсы " + vote.against() + ", қалыс қалған " + vote.abstained()
                    + " (қатысқан " + vote.present() + ")";
            case RU -> "за " + vote.inFavour() + ", против " + vote.against() + ", воздержались " + vote.abstained()
                    + " (присутствовали " + vote.present() + ")";
            case EN -> "for " + vote.inFavour() + ", against " + vote.against() + ", abstained " + vote.abstained()
                    + " (" + vote.present() + " present)";
        };
    }

    private static Map<String, List<String>> groups(Resolution resolution, Language language) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Recommendation recommendation : resolution.inText()) {
            groups.computeIfAbsent(language.of(recommendation.addressee()), name -> new ArrayList<>())
                    .add(language.of(recommendation.text()));
        }
        return groups;
    }
}
