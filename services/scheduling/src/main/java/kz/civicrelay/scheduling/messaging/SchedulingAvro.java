package kz.civicrelay.scheduling.messaging;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.reference.Trilingual;
import kz.civicrelay.scheduling.domain.PlannedForum;
import kz.civicrelay.scheduling.domain.ProgrammeSession;
import kz.civicrelay.scheduling.domain.Programme;
import kz.civicrelay.scheduling.domain.SessionKind;
import kz.civicrelay.scheduling.domain.SchedulingEvent;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumCancelled;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumCompleted;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumConvened;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumPostponed;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumProgrammeSet;
import kz.civicrelay.scheduling.domain.SchedulingEvent.ForumScheduled;
import kz.civicrelay.scheduling.domain.SchedulingEvent.PreparationOpened;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesClosedEarly;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesCompleted;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesPlanned;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesResumed;
import kz.civicrelay.scheduling.domain.SchedulingEvent.SeriesSuspended;

/** Converts scheduling's domain events to and from their Avro form at the edge. */
final class SchedulingAvro {

    private SchedulingAvro() {
    }

    static SpecificRecord toAvro(SchedulingEvent event, Envelope envelope) {
        if (event instanceof SeriesPlanned e) {
            return kz.civicrelay.events.SeriesPlanned.newBuilder().setEnvelope(envelope).setTitle(text(e.title()))
                    .setHostOrder(e.hostOrder()).setForumIds(e.forumIds()).build();
        }
        if (event instanceof ForumScheduled e) {
            PlannedForum f = e.forum();
            return kz.civicrelay.events.ForumScheduled.newBuilder().setEnvelope(envelope)
                    .setPosition(f.position()).setRegionCode(f.regionCode()).setLocalTitle(text(f.localTitle()))
                    .setTheme(text(f.theme())).setCity(text(f.city())).setVenue(text(f.venue()))
                    .setStartDate(f.startDate()).setEndDate(f.endDate()).setCapacity(f.capacity())
                    .setInternational(f.international()).setDelegationQuota(f.delegationQuota()).build();
        }
        if (event instanceof ForumProgrammeSet e) {
            return kz.civicrelay.events.ForumProgrammeSet.newBuilder().setEnvelope(envelope)
                    .setTimeZone(Programme.ZONE.getId()).setSessions(e.sessions().stream().map(SchedulingAvro::session)
                            .toList()).build();
        }
        if (event instanceof PreparationOpened e) {
            return kz.civicrelay.events.ForumPreparationOpened.newBuilder().setEnvelope(envelope)
                    .setPosition(e.position()).setRegionCode(e.regionCode())
                    .setPreviousRegionCode(e.previousRegionCode()).build();
        }
        if (event instanceof ForumConvened e) {
            return kz.civicrelay.events.ForumConvened.newBuilder().setEnvelope(envelope)
                    .setPosition(e.position()).setRegionCode(e.regionCode()).build();
        }
        if (event instanceof ForumCompleted e) {
            return kz.civicrelay.events.ForumCompleted.newBuilder().setEnvelope(envelope)
                    .setPosition(e.position()).setRegionCode(e.regionCode()).setResolutionId(e.resolutionId()).build();
        }
        if (event instanceof ForumPostponed e) {
            return kz.civicrelay.events.ForumPostponed.newBuilder().setEnvelope(envelope)
                    .setStartDate(e.startDate()).setEndDate(e.endDate()).setReason(text(e.reason())).build();
        }
        if (event instanceof ForumCancelled e) {
            return kz.civicrelay.events.ForumCancelled.newBuilder().setEnvelope(envelope)
                    .setReason(text(e.reason())).build();
        }
        if (event instanceof SeriesCompleted e) {
            return kz.civicrelay.events.SeriesCompleted.newBuilder().setEnvelope(envelope)
                    .setForumCount(e.forumCount()).setLastForumId(e.lastForumId())
                    .setLastRegionCode(e.lastRegionCode()).build();
        }
        return seriesLifecycleToAvro(event, envelope);
    }

    private static SpecificRecord seriesLifecycleToAvro(SchedulingEvent event, Envelope envelope) {
        if (event instanceof SeriesSuspended e) {
            Trilingual reason = e.reason();
            return kz.civicrelay.events.SeriesSuspended.newBuilder().setEnvelope(envelope)
                    .setReason(reason == null ? null : text(reason)).build();
        }
        if (event instanceof SeriesResumed) {
            return kz.civicrelay.events.SeriesResumed.newBuilder().setEnvelope(envelope).build();
        }
        SeriesClosedEarly e = (SeriesClosedEarly) event;
        return kz.civicrelay.events.SeriesClosedEarly.newBuilder().setEnvelope(envelope).setReason(text(e.reason()))
                .setForumsCompleted(e.forumsCompleted()).setBatonHolderForumId(e.batonHolderForumId()).build();
    }

    /** The domain event of a record read back from scheduling's own topic. */
    static Optional<SchedulingEvent> fromAvro(SpecificRecord record) {
        if (record instanceof kz.civicrelay.events.SeriesPlanned e) {
            return Optional.of(new SeriesPlanned(e.getEnvelope().getSeriesId(), text(e.getTitle()), e.getHostOrder(),
                    e.getForumIds()));
        }
        if (record instanceof kz.civicrelay.events.ForumScheduled e) {
            return Optional.of(new ForumScheduled(new PlannedForum(e.getEnvelope().getForumId(), e.getPosition(),
                    e.getRegionCode(), text(e.getLocalTitle()), text(e.getTheme()), text(e.getCity()),
                    text(e.getVenue()), e.getStartDate(), e.getEndDate(), e.getCapacity(), e.getInternational(),
                    e.getDelegationQuota())));
        }
        if (record instanceof kz.civicrelay.events.ForumProgrammeSet e) {
            List<ProgrammeSession> sessions = e.getSessions().stream().map(SchedulingAvro::session).toList();
            return Optional.of(new ForumProgrammeSet(e.getEnvelope().getForumId(), sessions));
        }
        if (record instanceof kz.civicrelay.events.ForumPreparationOpened e) {
            return Optional.of(new PreparationOpened(e.getEnvelope().getForumId(), e.getPosition(),
                    e.getRegionCode(), e.getPreviousRegionCode()));
        }
        if (record instanceof kz.civicrelay.events.ForumConvened e) {
            return Optional.of(new ForumConvened(e.getEnvelope().getForumId(), e.getPosition(), e.getRegionCode()));
        }
        if (record instanceof kz.civicrelay.events.ForumCompleted e) {
            return Optional.of(new ForumCompleted(e.getEnvelope().getForumId(), e.getPosition(), e.getRegionCode(),
                    e.getResolutionId()));
        }
        if (record instanceof kz.civicrelay.events.ForumPostponed e) {
            return Optional.of(new ForumPostponed(e.getEnvelope().getForumId(), e.getStartDate(), e.getEndDate(),
                    text(e.getReason())));
        }
        if (record instanceof kz.civicrelay.events.ForumCancelled e) {
            return Optional.of(new ForumCancelled(e.getEnvelope().getForumId(), text(e.getReason())));
        }
        if (record instanceof kz.civicrelay.events.SeriesCompleted e) {
            return Optional.of(new SeriesCompleted(e.getEnvelope().getSeriesId(), e.getForumCount(),
                    e.getLastForumId(), e.getLastRegionCode()));
        }
        return seriesLifecycleFromAvro(record);
    }

    private static Optional<SchedulingEvent> seriesLifecycleFromAvro(SpecificRecord record) {
        if (record instanceof kz.civicrelay.events.SeriesSuspended e) {
            LocalizedText reason = e.getReason();
            return Optional.of(new SeriesSuspended(e.getEnvelope().getSeriesId(), reason == null ? null : text(reason)));
        }
        if (record instanceof kz.civicrelay.events.SeriesResumed e) {
            return Optional.of(new SeriesResumed(e.getEnvelope().getSeriesId()));
        }
        if (record instanceof kz.civicrelay.events.SeriesClosedEarly e) {
            return Optional.of(new SeriesClosedEarly(e.getEnvelope().getSeriesId(), text(e.getReason()),
                    e.getForumsCompleted(), e.getBatonHolderForumId()));
        }
        return Optional.empty();
    }

    private static kz.civicrelay.events.ProgrammeSession session(ProgrammeSession s) {
        return new kz.civicrelay.events.ProgrammeSession(s.sessionId(),
                kz.civicrelay.events.SessionKind.valueOf(s.kind().name()), text(s.topic()), s.start(), s.end(), s.room(),
                s.moderator(), s.capacity());
    }

    /** A session read back; a kind this version does not know (a newer writer's) reads as OTHER. */
    private static ProgrammeSession session(kz.civicrelay.events.ProgrammeSession s) {
        return new ProgrammeSession(s.getSessionId(), SessionKind.valueOf(s.getKind().name()), text(s.getTopic()),
                s.getStart(), s.getEnd(), s.getRoom(), s.getModerator(), s.getCapacity());
    }

    static LocalizedText text(Trilingual text) {
        return new LocalizedText(text.kk(), text.ru(), text.en());
    }

    static Trilingual text(LocalizedText text) {
        return new Trilingual(text.getKk(), text.getRu(), text.getEn());
    }
}
