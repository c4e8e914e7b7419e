package kz.civicrelay.handoff.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.civicrelay.handoff.domain.HandoffPackage.OpenRecommendation;
import kz.civicrelay.reference.Trilingual;

/**
 * The adopted recommendations of every forum and their follow-up, for the open ones a handoff package carries.
 * A forum's adoption and its reports come from one topic keyed by the forum, so they arrive in the order written
 * (a report never before its adoption, and the latest report last, as resolution itself takes it); reports are
 * kept apart from adoptions all the same, so the two folds commute. Recommendation ids are a resolution's own
 * ({@code rec-1}…): everything is kept by forum.
 */
final class OpenItems {

    /**
     * At most this many bytes of text (UTF-8) go into one package's open recommendations: BatonPassed must stay well
     * within Kafka's record size (1 MiB by default) even for the last forum of a series with nothing followed up.
     */
    static final int MAX_TEXT_BYTES = 512 * 1024;

    /** What a package carries: the open recommendations listed and how many more were left out for size. */
    record Open(List<OpenRecommendation> listed, int leftOut) {
    }

    private final Map<String, List<PackageFact.AdoptedRecommendation>> adopted = new HashMap<>();
    private final Map<String, Map<String, FollowUpStatus>> statuses = new HashMap<>();

    void adopted(PackageFact.ResolutionAdopted fact) {
        adopted.putIfAbsent(fact.forumId(), fact.recommendations());
    }

    void reported(PackageFact.RecommendationProgressReported fact) {
        statuses.computeIfAbsent(fact.forumId(), id -> new HashMap<>()).put(fact.recommendationId(), fact.status());
    }

    /**
     * The open recommendations of {@code forumIds} (a series' forums in its order), each forum's in the adopted
     * order. Past {@link #MAX_TEXT_BYTES} the oldest forums' are left out (counted): the latest matter most to the
     * next host, and the series' follow-up table lists them all.
     */
    Open of(List<String> forumIds) {
        List<OpenRecommendation> open = new ArrayList<>();
        for (String forumId : forumIds) {
            Map<String, FollowUpStatus> reported = statuses.getOrDefault(forumId, Map.of());
            for (PackageFact.AdoptedRecommendation r : adopted.getOrDefault(forumId, List.of())) {
                FollowUpStatus status = reported.getOrDefault(r.recommendationId(), FollowUpStatus.NOT_STARTED);
                if (status.isOpen()) {
                    open.add(new OpenRecommendation(forumId, r.recommendationId(), r.addresseeKind(), r.addressee(),
                            r.text(), status));
                }
            }
        }
        return withinBudget(open);
    }

    private static Open withinBudget(List<OpenRecommendation> open) {
        List<OpenRecommendation> kept = new ArrayList<>();
        long bytes = 0;
        for (int i = open.size() - 1; i >= 0; i--) {
            bytes += bytes(open.get(i));
            if (bytes > MAX_TEXT_BYTES) {
                break;
            }
            kept.add(open.get(i));
        }
        Collections.reverse(kept);
        return new Open(kept, open.size() - kept.size());
    }

    private static long bytes(OpenRecommendation r) {
        return utf8(r.forumId()) + utf8(r.recommendationId()) + utf8(r.addresseeKind()) + utf8(r.addressee())
                + utf8(r.text());
    }

    private static long utf8(Trilingual text) {
        return utf8(text.kk()) + utf8(text.ru()) + utf8(text.en());
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
