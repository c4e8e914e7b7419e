package kz.civicrelay.resolution.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.civicrelay.reference.Regions;

/**
 * The resolution as people read it in one language: the title, whether it is a draft or adopted, the
 * host region and theme, then the active recommendations grouped by addressee and numbered within each,
 * in the order they were proposed (a group comes where its first recommendation does).
 */
public final class ResolutionText {

    private record Labels(String draft, String adopted, String region, String theme, String none) {
    }

    private static final Labels KK = new Labels("ЖОБА (әлі қабылданған жоқ)", "ҚАБЫЛДАНДЫ", "Өңір", "Тақырыбы",
                    "Ұсыныстар әлі жоқ.");
    private static final Labels RU = new Labels("ПРОЕКТ (ещё не принята)", "ПРИНЯТА", "Регион", "Тема",
                    "Рекомендаций пока нет.");
    private static final Labels EN = new Labels("DRAFT (not yet adopted)", "ADOPTED", "Region", "Theme",
                    "No recommendations yet.");

    private ResolutionText() {
    }

    public static String render(Resolution resolution, ScheduledForum forum, Language language) {
        Labels labels = switch (language) {
            case KK -> KK;
            case RU -> RU;
            case EN -> EN;
        };
        StringBuilder text = new StringBuilder();
        text.append(language.of(resolution.title())).append('\n');
        text.append(resolution.status() == ResolutionStatus.ADOPTED ? labels.adopted() : labels.draft()).append('\n');
        Regions.find(forum.regionCode()).ifPresent(region -> text.append(labels.region()).append(": ")
                .append(language.of(region.name())).append('\n'));
        text.append(labels.theme()).append(": ").append(language.of(forum.theme())).append('\n');
        Map<String, List<String>> byAddressee = byAddressee(resolution, language);
        if (byAddressee.isEmpty()) {
            text.append('\n').append(labels.none()).append('\n');
        }
        byAddressee.forEach((addressee, items) -> {
            text.append('\n').append(addressee).append('\n');
            for (int i = 0; i < items.size(); i++) {
                text.append("  ").append(i + 1).append(". ").append(items.get(i)).append('\n');
            }
        });
        return text.toString();
    }

    private static Map<String, List<String>> byAddressee(Resolution resolution, Language language) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Recommendation recommendation : resolution.activeRecommendations()) {
            groups.computeIfAbsent(language.of(recommendation.addressee()), name -> new ArrayList<>())
                    .add(language.of(recommendation.text()));
        }
        return groups;
    }
}
