package kz.civicrelay.registration.messaging;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.platform.core.Fact;
import kz.civicrelay.platform.core.Upstream;
import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.registration.application.RegistrationDesk;
import kz.civicrelay.registration.domain.RegistrationEvent;
import kz.civicrelay.registration.domain.Registrations;
import kz.civicrelay.registration.domain.ProgrammeSession;
import kz.civicrelay.registration.domain.ScheduledForum;

/**
 * What scheduling's events mean to registration: a forum's announcement is kept (series, host region,
 * capacity); its preparation opening opens registration; the forum convening closes it; its cancellation
 * is kept (registration will never open) and closes an open registration. Each reaction decides from the
 * state, so a redelivered event writes nothing twice; an event about a forum registration has never heard
 * of fails (and is dead-lettered). A forum announcement with bad data (no series, capacity below 1, an
 * unknown region) throws {@link IllegalArgumentException} here, before anything is learned.
 */
public final class RegistrationUpstream implements Upstream<Registrations, RegistrationEvent> {

    @Override
    public List<RelayTopic> topics() {
        return List.of(RelayTopic.SCHEDULING);
    }

    @Override
    public Optional<Fact<Registrations, RegistrationEvent>> factOf(SpecificRecord record) {
        if (record instanceof ForumScheduled scheduled) {
            var envelope = scheduled.getEnvelope();
            ScheduledForum forum = new ScheduledForum(envelope.getForumId(), envelope.getSeriesId(),
                    scheduled.getCapacity(), scheduled.getRegionCode(), scheduled.getDelegationQuota());
            return Optional.of(Fact.learn(registrations -> registrations.forumScheduled(forum)));
        }
        if (record instanceof kz.civicrelay.events.ForumProgrammeSet programme) {
            String forumId = programme.getEnvelope().getForumId();
            List<ProgrammeSession> sessions = programme.getSessions().stream()
                    .map(s -> new ProgrammeSession(s.getSessionId(), s.getStart(), s.getEnd(), s.getCapacity()))
                    .toList();
            return Optional.of(Fact.learn(registrations -> registrations.programmeSet(forumId, sessions)));
        }
        if (record instanceof ForumPreparationOpened opened) {
            String forumId = opened.getEnvelope().getForumId();
            return Optional.of(Fact.react(RegistrationDesk.onAnnouncedForum(forumId,
                    registrations -> registrations.open(forumId))));
        }
        if (record instanceof ForumConvened convened) {
            String forumId = convened.getEnvelope().getForumId();
            return Optional.of(Fact.react(RegistrationDesk.onAnnouncedForum(forumId,
                    registrations -> registrations.close(forumId))));
        }
        if (record instanceof kz.civicrelay.events.SeriesClosedEarly closed) {
            String seriesId = closed.getEnvelope().getSeriesId();
            return Optional.of(Fact.react(registrations -> registrations.closeSeries(seriesId)));
        }
        if (record instanceof ForumCancelled cancelled) {
            // Learned first, then closed: closing depends on the status alone, not on the cancellation, so
            // this decides as the old listener did (close, then remember the cancellation).
            String forumId = cancelled.getEnvelope().getForumId();
            return Optional.of(new Fact<>(registrations -> registrations.forumCancelled(forumId),
                    RegistrationDesk.onAnnouncedForum(forumId, registrations -> registrations.close(forumId))));
        }
        return Optional.empty();
    }
}
