package kz.civicrelay.registration.domain;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.reference.Regions;

/**
 * What registration learns from scheduling about a forum: its series, host region, how many it holds and,
 * if the plan sets one, how many seats each region's delegation may take.
 */
public record ScheduledForum(String forumId, String seriesId, int capacity, String regionCode,
        @Nullable Integer delegationQuota) {

    public ScheduledForum(String forumId, String seriesId, int capacity, String regionCode) {
        this(forumId, seriesId, capacity, regionCode, null);
    }

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
        if (delegationQuota != null && delegationQuota < 1) {
            throw new IllegalArgumentException("A delegation quota of " + forumId + " must be at least 1");
        }
    }
}
