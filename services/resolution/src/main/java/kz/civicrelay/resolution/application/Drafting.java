package kz.civicrelay.resolution.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.resolution.domain.AddresseeKind;
import kz.civicrelay.resolution.domain.DocumentKind;
import kz.civicrelay.resolution.domain.FollowUpStatus;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.PlenaryVote;
import kz.civicrelay.resolution.domain.ResolutionEvent;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationProposed;

/**
 * The acts of resolution drafting, the plenary's votes and the follow-up: each decides against the current state and
 * appends the resulting events through the service core, as one step under the state's lock on the active instance.
 */
public final class Drafting {

    private final ServiceCore<ForumResolutions, ResolutionEvent> core;
    private final Clock clock;

    public Drafting(ServiceCore<ForumResolutions, ResolutionEvent> core, Clock clock) {
        this.core = core;
        this.clock = clock;
    }

    public void chooseKind(String forumId, DocumentKind kind, Origin origin) {
        core.decide(r -> r.chooseKind(forumId, kind), origin);
    }

    /** Proposes a recommendation; returns the id it got. */
    public String propose(String forumId, AddresseeKind kind, Trilingual addressee, Trilingual text,
            @Nullable String addresseeRegion, Origin origin) {
        List<ResolutionEvent> proposed = core.decide(r -> r.propose(forumId, kind, addressee, text, addresseeRegion),
                origin);
        return ((RecommendationProposed) proposed.get(0)).recommendationId();
    }

    public void amend(String forumId, String recommendationId, Trilingual text, Origin origin) {
        core.decide(resolutions -> resolutions.amend(forumId, recommendationId, text), origin);
    }

    public void withdraw(String forumId, String recommendationId, @Nullable String reason, Origin origin) {
        core.decide(resolutions -> resolutions.withdraw(forumId, recommendationId, reason), origin);
    }

    public void merge(String forumId, String keptId, String duplicateForumId, String duplicateId,
            @Nullable Trilingual text, Origin origin) {
        core.decide(resolutions -> resolutions.merge(forumId, keptId, duplicateForumId, duplicateId, text), origin);
    }

    public void reorder(String forumId, List<String> recommendationIds, Origin origin) {
        core.decide(resolutions -> resolutions.reorder(forumId, recommendationIds), origin);
    }

    public void vote(String forumId, String recommendationId, PlenaryVote vote, Origin origin) {
        core.decide(resolutions -> resolutions.vote(forumId, recommendationId, vote), origin);
    }

    public void adopt(String forumId, @Nullable PlenaryVote vote, Origin origin) {
        core.decide(resolutions -> resolutions.adopt(forumId, vote), origin);
    }

    /** Reports follow-up as of a day (today in Kazakhstan when none is given). */
    public void reportProgress(String forumId, String recommendationId, FollowUpStatus status,
            @Nullable LocalDate reportedOn, @Nullable String note, Origin origin) {
        LocalDate today = LocalDate.now(clock.withZone(ForumResolutions.KAZAKHSTAN));
        core.decide(resolutions -> resolutions.reportProgress(forumId, recommendationId, status,
                reportedOn == null ? today : reportedOn, note, today), origin);
    }

    public <R> R read(Function<ForumResolutions, R> query) {
        return core.read(query);
    }

    /** The series the events of one decision belong to: their forum's, as scheduling planned it. */
    public static String seriesIdOf(ForumResolutions resolutions, List<ResolutionEvent> decided) {
        return resolutions.forum(decided.get(0).forumId()).seriesId();
    }
}
