package kz.civicrelay.resolution.domain;

import kz.civicrelay.reference.Trilingual;

/**
 * What resolution drafting knows of a forum from the plan: its series, place in the series' order (1 for the first),
 * host region, own title and theme.
 */
public record ScheduledForum(String forumId, String seriesId, int position, String regionCode, Trilingual localTitle,
        Trilingual theme) {

    /** The working title of the forum's resolution, in each language. */
    public Trilingual resolutionTitle() {
        return titleOf(DocumentKind.RESOLUTION);
    }

    /** The working title of the forum's document of the given kind («… қарары», «… үндеуі»), in each language. */
    public Trilingual titleOf(DocumentKind kind) {
        return switch (kind) {
            case RESOLUTION -> new Trilingual(localTitle.kk() + " қарары", "Резолюция: " + localTitle.ru(),
                    "Resolution of " + localTitle.en());
            case APPEAL -> new Trilingual(localTitle.kk() + " үндеуі", "Обращение: " + localTitle.ru(),
                    "Appeal of " + localTitle.en());
        };
    }

    /** The id of the forum's one resolution. */
    public String resolutionId() {
        return "res-" + forumId;
    }
}
