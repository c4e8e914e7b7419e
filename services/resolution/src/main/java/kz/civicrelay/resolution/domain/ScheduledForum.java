package kz.civicrelay.resolution.domain;

import kz.civicrelay.reference.Trilingual;

/** What resolution drafting knows of a forum from the plan: its series, host region, own title and theme. */
public record ScheduledForum(String forumId, String seriesId, String regionCode, Trilingual localTitle,
        Trilingual theme) {

    /** The working title of the forum's resolution, in each language. */
    public Trilingual resolutionTitle() {
        return new Trilingual(localTitle.kk() + " қарары", "Резолюция: " + localTitle.ru(),
                "Resolution of " + localTitle.en());
    }

    /** The id of the forum's one resolution. */
    public String resolutionId() {
        return "res-" + forumId;
    }
}
