package kz.civicrelay.resolution.application;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.core.ServiceCore;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.resolution.domain.AddresseeKind;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.ResolutionEvent;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationProposed;

/**
 * The acts of resolution drafting: each decides against the current state and appends the resulting
 * events through the service core, as one step under the state's lock on the active instance.
 */
public final class Drafting {

    private final ServiceCore<ForumResolutions, ResolutionEvent> core;

    public Drafting(ServiceCore<ForumResolutions, ResolutionEvent> core) {
        this.core = core;
    }

    /** Proposes a recommendation; returns the id it got. */
    public String propose(String forumId, AddresseeKind kind, Trilingual addressee, Trilingual text, Origin origin) {
        List<ResolutionEvent> proposed = core.decide(r -> r.propose(forumId, kind, addressee, text), origin);
        return ((RecommendationProposed) proposed.get(0)).recommendationId();
    }

    public void amend(String forumId, String recommendationId, Trilingual text, Origin origin) {
        core.decide(resolutions -> resolutions.amend(forumId, recommendationId, text), origin);
    }

    public void withdraw(String forumId, String recommendationId, @Nullable String reason, Origin origin) {
        core.decide(resolutions -> resolutions.withdraw(forumId, recommendationId, reason), origin);
    }

    public void adopt(String forumId, Origin origin) {
        core.decide(resolutions -> resolutions.adopt(forumId), origin);
    }

    public <R> R read(Function<ForumResolutions, R> query) {
        return core.read(query);
    }

    /** The series the events of one decision belong to: their forum's, as scheduling planned it. */
    public static String seriesIdOf(ForumResolutions resolutions, List<ResolutionEvent> decided) {
        return resolutions.forum(decided.get(0).forumId()).seriesId();
    }
}
