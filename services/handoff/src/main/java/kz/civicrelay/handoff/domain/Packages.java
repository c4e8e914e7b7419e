package kz.civicrelay.handoff.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.handoff.domain.HandoffPackage.AdoptedResolution;
import kz.civicrelay.handoff.domain.HandoffPackage.NextForum;

/**
 * The parts of every forum's handoff package learned so far, each kept by forum id. Facts of different topics
 * commute: a cancellation is kept apart from the registration it cancels, so the counts are the same whichever
 * of the two a replay brings first. Facts of one topic about one forum arrive in the order written (they share
 * the forum id as key), so a postponement follows the scheduling it moves.
 */
final class Packages {

    private final Map<String, AdoptedResolution> resolutions = new HashMap<>();
    private final Map<String, Integer> registeredCounts = new HashMap<>();
    /** Participant id to category name, per forum: ids only, never names. */
    private final Map<String, Map<String, String>> categories = new HashMap<>();
    private final Map<String, Set<String>> cancelled = new HashMap<>();
    private final Map<String, NextForum> venues = new HashMap<>();
    private final OpenItems openItems = new OpenItems();

    void learn(PackageFact fact) {
        String forumId = fact.forumId();
        if (fact instanceof PackageFact.ResolutionAdopted e) {
            resolutions.putIfAbsent(forumId, new AdoptedResolution(e.resolutionId(), e.contentHash(), e.title(),
                    e.recommendationsByAddressee()));
            openItems.adopted(e);
        } else if (fact instanceof PackageFact.RecommendationProgressReported e) {
            openItems.reported(e);
        } else if (fact instanceof PackageFact.RegistrationClosed e) {
            registeredCounts.put(forumId, e.registeredCount());
        } else if (fact instanceof PackageFact.ParticipantRegistered e) {
            categories.computeIfAbsent(forumId, id -> new HashMap<>()).put(e.participantId(), e.category());
        } else if (fact instanceof PackageFact.RegistrationCancelled e) {
            cancelled.computeIfAbsent(forumId, id -> new HashSet<>()).add(e.participantId());
        } else if (fact instanceof PackageFact.ForumScheduled e) {
            venues.put(forumId, new NextForum(forumId, e.startDate(), e.endDate(), e.city(), e.venue()));
        } else if (fact instanceof PackageFact.ForumPostponed e) {
            NextForum venue = venues.get(forumId);
            if (venue != null) {
                venues.put(forumId, new NextForum(forumId, e.startDate(), e.endDate(), venue.city(), venue.venue()));
            }
        }
    }

    /**
     * The package of the baton passed from {@code completedForumId} to {@code nextForumId}, as known now;
     * {@code seriesForums} are the series' forums up to the completed one, in order, whose open recommendations it
     * carries.
     */
    HandoffPackage of(String completedForumId, String nextForumId, List<String> seriesForums) {
        OpenItems.Open open = openItems.of(seriesForums);
        return new HandoffPackage(completedForumId, resolutions.get(completedForumId),
                registeredCounts.get(completedForumId), participantsByCategory(completedForumId),
                venue(nextForumId), open.listed(), open.leftOut());
    }

    /** The open recommendations of {@code seriesForums} (a series' forums, in order) as known now. */
    OpenItems.Open open(List<String> seriesForums) {
        return openItems.of(seriesForums);
    }

    private Map<String, Integer> participantsByCategory(String forumId) {
        Set<String> gone = cancelled.getOrDefault(forumId, Set.of());
        Map<String, Integer> counts = new TreeMap<>();
        categories.getOrDefault(forumId, Map.of()).forEach((participantId, category) -> {
            if (!gone.contains(participantId)) {
                counts.merge(category, 1, Integer::sum);
            }
        });
        return counts;
    }

    private @Nullable NextForum venue(String forumId) {
        return venues.get(forumId);
    }
}
