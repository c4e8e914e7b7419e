package kz.civicrelay.scheduling.messaging;

import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.platform.log.FoldedState;
import kz.civicrelay.scheduling.domain.Series;

/** Folds the other services' events that scheduling keeps in its state. */
final class UpstreamFold {

    private UpstreamFold() {
    }

    static void resolutionAdopted(FoldedState<Series> state, ResolutionAdopted adopted) {
        state.applyOnce(adopted.getEnvelope().getEventId(),
                series -> series.resolutionAdopted(adopted.getEnvelope().getForumId(), adopted.getResolutionId()));
    }
}
