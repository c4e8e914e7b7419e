package kz.civicrelay.handoff.messaging;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.SeriesClosedEarly;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.events.SeriesResumed;
import kz.civicrelay.events.SeriesSuspended;
import kz.civicrelay.handoff.domain.HandoffEvent;
import kz.civicrelay.handoff.domain.PackageFact;
import kz.civicrelay.handoff.domain.Relay;
import kz.civicrelay.handoff.domain.SchedulingFact;
import kz.civicrelay.platform.core.Fact;
import kz.civicrelay.platform.core.Upstream;
import kz.civicrelay.platform.topics.RelayTopic;

/**
 * What scheduling's events mean to handoff, each for its own series. It learns the plan, the forums scheduled,
 * completed and cancelled, where preparation opened (where the baton is) and whether the series is suspended or
 * closed early; it reacts to a completed forum by passing the baton on (not while the series is suspended or
 * closed: a suspended series' pass is made when it resumes),
 * to a cancelled one by passing it further if it was on its way there, and to the end of the series by
 * telling every region. A cancellation and the end of the series are learned first, then reacted to: a
 * cancelled forum's reaction looks for it among the cancelled ones. For the handoff package it learns adopted
 * resolutions with their recommendations and the follow-up reports' statuses (relay.resolution), participation
 * counts (relay.registration: counts only, never a name) and the forums' dates and venues (scheduled or postponed,
 * {@link PackageFacts}); these are only learned, never reacted to, and rebuilt from the log like the rest.
 */
public final class HandoffUpstream implements Upstream<Relay, HandoffEvent> {

    @Override
    public List<RelayTopic> topics() {
        return List.of(RelayTopic.SCHEDULING, RelayTopic.RESOLUTION, RelayTopic.REGISTRATION);
    }

    /** Registration's topic (counts for the package) is only learned, by the log follower: no transaction each. */
    @Override
    public List<RelayTopic> reactsTo() {
        return List.of(RelayTopic.SCHEDULING, RelayTopic.RESOLUTION);
    }

    @Override
    public Optional<Fact<Relay, HandoffEvent>> factOf(SpecificRecord record) {
        if (record instanceof ForumCompleted completed) {
            String seriesId = completed.getEnvelope().getSeriesId();
            String forumId = completed.getEnvelope().getForumId();
            return Optional.of(new Fact<>(relay -> relay.learn(new SchedulingFact.ForumCompleted(seriesId, forumId)),
                    relay -> relay.forumCompleted(seriesId, forumId)));
        }
        Optional<SchedulingFact> fact = schedulingFact(record);
        Optional<PackageFact> part = PackageFacts.of(record);
        if (fact.isEmpty()) {
            return part.map(p -> Fact.learn(relay -> relay.learn(p)));
        }
        SchedulingFact learned = fact.get();
        if (part.isPresent()) {
            return Optional.of(Fact.learn(relay -> {
                relay.learn(learned);
                relay.learn(part.get());
            }));
        }
        if (learned instanceof SchedulingFact.ForumCancelled cancelled) {
            return Optional.of(new Fact<>(relay -> relay.learn(learned),
                    relay -> relay.forumCancelled(cancelled.seriesId(), cancelled.forumId())));
        }
        if (learned instanceof SchedulingFact.SeriesCompleted completed) {
            return Optional.of(new Fact<>(relay -> relay.learn(learned),
                    relay -> relay.seriesCompleted(completed.seriesId(), completed.lastForumId(),
                            completed.lastRegionCode())));
        }
        if (learned instanceof SchedulingFact.SeriesResumed resumed) {
            return Optional.of(new Fact<>(relay -> relay.learn(learned),
                    relay -> relay.seriesResumed(resumed.seriesId())));
        }
        return Optional.of(Fact.learn(relay -> relay.learn(learned)));
    }

    /** The fact handoff keeps from one of scheduling's events; bad data throws IllegalArgumentException. */
    static Optional<SchedulingFact> schedulingFact(SpecificRecord event) {
        if (event instanceof SeriesPlanned e) {
            return Optional.of(new SchedulingFact.SeriesPlanned(e.getEnvelope().getSeriesId(), e.getHostOrder(),
                    e.getForumIds(), e.getEnvelope().getOccurredAt()));
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
        if (event instanceof SeriesSuspended e) {
            return Optional.of(new SchedulingFact.SeriesSuspended(e.getEnvelope().getSeriesId()));
        }
        if (event instanceof SeriesResumed e) {
            return Optional.of(new SchedulingFact.SeriesResumed(e.getEnvelope().getSeriesId()));
        }
        if (event instanceof SeriesClosedEarly e) {
            return Optional.of(new SchedulingFact.SeriesClosedEarly(e.getEnvelope().getSeriesId()));
        }
        return Optional.empty();
    }
}
