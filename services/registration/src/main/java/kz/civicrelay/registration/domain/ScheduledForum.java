package kz.civicrelay.registration.domain;

import kz.civicrelay.reference.Regions;

/** What registration learns from scheduling about a forum: its series, host region and how many it holds. */
public record ScheduledForum(String forumId, String seriesId, int capacity, String regionCode) {

    public ScheduledForum {
        if (forumId == null || forumId.isBlank() || seriesId == null || seriesId.isBlank()) {
            throw new IllegalArgumentException("A scheduled forum needs a forum id and a series id");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("Capacity of " + forumId + " must be at least 1, was " + capacity);
        }
        if (!Regions.isKnown(regionCode)) {
            throw new IllegalArgumentException("Unknown host region " + regionCode + " of " + forumId);
        }
    }
}
