package kz.civicrelay.resolution.application;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.resolution.domain.AddresseeKind;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.ResolutionEvent;
import kz.civicrelay.resolution.domain.ResolutionEvent.RecommendationProposed;

/**
 * The acts of resolution drafting: each decides against the current state and publishes the
 * resulting events, as one step under the state's lock, so two acts never decide on the same stale state.
 */
public final class Drafting {

    private final FoldedState<ForumResolutions> state;
    private final ResolutionEvents events;

    public Drafting(FoldedState<ForumResolutions> state, ResolutionEvents events) {
        this.state = state;
        this.events = events;
    }

    /** The forum convened: open its draft, once. */
    public void forumConvened(String forumId, Origin origin) {
        act(forumId, resolutions -> resolutions.openDraft(forumId), origin);
    }

    /** Proposes a recommendation; returns the id it got. */
    public String propose(String forumId, AddresseeKind kind, Trilingual addressee, Trilingual text, Origin origin) {
        List<ResolutionEvent> proposed = act(forumId, r -> r.propose(forumId, kind, addressee, text), origin);
        return ((RecommendationProposed) proposed.get(0)).recommendationId();
    }

    public void amend(String forumId, String recommendationId, Trilingual text, Origin origin) {
        act(forumId, resolutions -> resolutions.amend(forumId, recommendationId, text), origin);
    }

    public void withdraw(String forumId, String recommendationId, @Nullable String reason, Origin origin) {
        act(forumId, resolutions -> resolutions.withdraw(forumId, recommendationId, reason), origin);
    }

    public void adopt(String forumId, Origin origin) {
        act(forumId, resolutions -> resolutions.adopt(forumId), origin);
    }

    public <R> R read(Function<ForumResolutions, R> query) {
        return state.withState(query);
    }

    private List<ResolutionEvent> act(String forumId, Function<ForumResolutions, List<ResolutionEvent>> decision,
            Origin origin) {
        return state.exclusively(() -> {
            String seriesId = state.withState(resolutions -> resolutions.forum(forumId).seriesId());
            List<ResolutionEvent> decided = state.withState(decision);
            events.publish(seriesId, decided, origin);
            return decided;
        });
    }
}
