package kz.civicrelay.resolution.domain;

/** The resolution as plain text in one language ({@link ResolutionDocument}), as the API and the PDF show it. */
public final class ResolutionText {

    private ResolutionText() {
    }

    public static String render(Resolution resolution, ScheduledForum forum, Language language) {
        ResolutionDocument document = ResolutionDocument.of(resolution, forum, language);
        StringBuilder text = new StringBuilder();
        text.append(document.title()).append('\n').append(document.status()).append('\n');
        document.facts().forEach(fact -> text.append(fact.label()).append(": ").append(fact.value()).append('\n'));
        if (document.groups().isEmpty()) {
            text.append('\n').append(document.none()).append('\n');
        }
        document.groups().forEach((addressee, items) -> {
            text.append('\n').append(addressee).append('\n');
            for (int i = 0; i < items.size(); i++) {
                text.append("  ").append(i + 1).append(". ").append(items.get(i)).append('\n');
            }
        });
        return text.toString();
    }
}
