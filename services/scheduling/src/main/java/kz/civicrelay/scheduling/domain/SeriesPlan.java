package kz.civicrelay.scheduling.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.civicrelay.reference.Trilingual;

/**
 * The organisers' plan: a series id, a title, the forums in the order the baton travels and, for the forums whose
 * programme is known already, their sessions (by forum id).
 */
public record SeriesPlan(String seriesId, Trilingual title, List<PlannedForum> forums,
        Map<String, List<ProposedSession>> programmes) {

    public SeriesPlan(String seriesId, Trilingual title, List<PlannedForum> forums) {
        this(seriesId, title, forums, Map.of());
    }

    public SeriesPlan {
        programmes = Map.copyOf(programmes);
        if (seriesId == null || !seriesId.matches("[a-z0-9][a-z0-9-]{1,62}")) {
            throw new IllegalArgumentException("Series id must be 2-63 lower-case letters, digits or '-'");
        }
        forums = List.copyOf(forums);
        if (forums.isEmpty()) {
            throw new IllegalArgumentException("A series needs at least one forum");
        }
        Set<String> regions = new HashSet<>();
        for (int i = 0; i < forums.size(); i++) {
            PlannedForum forum = forums.get(i);
            if (forum.position() != i + 1) {
                throw new IllegalArgumentException("Forum " + forum.forumId() + " is at position " + forum.position()
                        + " but listed " + (i + 1) + "th");
            }
            if (!regions.add(forum.regionCode())) {
                throw new IllegalArgumentException("Region " + forum.regionCode() + " hosts more than one forum");
            }
        }
        for (String forumId : programmes.keySet()) {
            if (forums.stream().noneMatch(f -> f.forumId().equals(forumId))) {
                throw new IllegalArgumentException("A programme is given for " + forumId + ", which is not in the plan");
            }
        }
    }

    /** The id a forum gets from its series, position and host region, e.g. {@code civic-2026-01-kz-33}. */
    public static String forumId(String seriesId, int position, String regionCode) {
        return String.format("%s-%02d-%s", seriesId, position, regionCode.toLowerCase());
    }
}
