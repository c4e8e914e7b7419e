package kz.civicrelay.resolution.domain;

import java.util.regex.Pattern;

/**
 * The resolution as Markdown (CommonMark) in one language ({@link ResolutionDocument}): the title as a heading, the
 * status in bold, the facts as a list (the content hash as code), each addressee a second-level heading with its
 * recommendations as a numbered list. Characters Markdown would read as markup are escaped.
 */
public final class ResolutionMarkdown {

    private static final Pattern MARKUP = Pattern.compile("([\\\\`*_{}\\[\\]<>()#+!|~])");
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([-=])");
    private static final Pattern NUMBERED_LINE = Pattern.compile("(?m)^(\\s*\\d+)\\.");

    private ResolutionMarkdown() {
    }

    public static String render(Resolution resolution, ScheduledForum forum, Language language) {
        ResolutionDocument document = ResolutionDocument.of(resolution, forum, language);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(document.title())).append("\n\n**").append(escape(document.status()))
                .append("**\n\n");
        document.facts().forEach(fact -> md.append("- ").append(escape(fact.label())).append(": ")
                .append(fact.value().matches("[0-9a-f]{64}") ? "`" + fact.value() + "`" : escape(fact.value()))
                .append('\n'));
        if (document.groups().isEmpty()) {
            md.append('\n').append(escape(document.none())).append('\n');
        }
        document.groups().forEach((addressee, items) -> {
            md.append("\n## ").append(escape(addressee)).append("\n\n");
            for (int i = 0; i < items.size(); i++) {
                md.append(i + 1).append(". ").append(escape(items.get(i)).replace("\n", " ")).append('\n');
            }
        });
        return md.toString();
    }

    /** The text with Markdown's markup characters escaped, so it reads as written. */
    static String escape(String text) {
        String escaped = MARKUP.matcher(text).replaceAll("\\\\$1");
        escaped = LINE_START.matcher(escaped).replaceAll("$1\\\\$2");
        return NUMBERED_LINE.matcher(escaped).replaceAll("$1\\\\.");
    }
}
