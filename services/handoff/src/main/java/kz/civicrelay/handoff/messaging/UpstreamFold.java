package kz.civicrelay.handoff.messaging;

import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.handoff.domain.SchedulingFact;
import kz.civicrelay.platform.envelope.Envelopes;
import kz.civicrelay.platform.log.FoldedState;

/** Folds scheduling's events that handoff keeps in its state, each once by event id. */
final class UpstreamFold {

    private UpstreamFold() {
    }

    static void fold(FoldedState<Relay> state, SpecificRecord event) {
        fact(event).ifPresent(fact -> {
            state.applyOnce(Envelopes.of(event).getEventId(), relay -> relay.learn(fact));
        });
    }

    static Optional<SchedulingFact> fact(SpecificRecord event) {
        if (event instanceof SeriesPlanned e) {
            return Optional.of(new SchedulingFact.SeriesPlanned(e.getEnvelope().getSeriesId(), e.getHostOrder(),
                    e.getForumIds()));
        }
        if (event instanceof ForumScheduled e) {
            return Optional.of(new SchedulingFact.ForumScheduled(e.getEnvelope().getSeriesId(),
                    e.getEnvelope().getForumId(), e.getRegionCode(), e.getPosition()));
        }
        if (event instanceof ForumCancelled e) {
            return Optional.of(new SchedulingFact.ForumCancelled(e.getEnvelope().getSeriesId(),
                    e.getEnvelope().getForumId()));
        }
        if (event instanceof ForumPreparationOpened e) {
            return Optional.of(new SchedulingFact.PreparationOpened(e.getEnvelope().getSeriesId(),
                    e.getEnvelope().getForumId(), e.getRegionCode(), e.getPosition()));
        }
        if (event instanceof SeriesCompleted e) {
            return Optional.of(new SchedulingFact.SeriesCompleted(e.getEnvelope().getSeriesId(), e.getLastForumId(),
                    e.getLastRegionCode()));
        }
        return Optional.empty();
    }
}
