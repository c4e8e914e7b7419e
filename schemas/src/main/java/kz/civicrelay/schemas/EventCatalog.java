package kz.civicrelay.schemas;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.AcknowledgementSlaSet;
import kz.civicrelay.events.AttendanceMarked;
import kz.civicrelay.events.AuditCheckpoint;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.DeliverySubscriptionAdded;
import kz.civicrelay.events.DeliverySubscriptionRemoved;
import kz.civicrelay.events.ForumCancelled;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumPostponed;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumProgrammeSet;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.HandoffEscalated;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.NotificationDelivered;
import kz.civicrelay.events.NotificationDeliveryFailed;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.ParticipantWaitlisted;
import kz.civicrelay.events.PromotionDeclined;
import kz.civicrelay.events.RecommendationAmended;
import kz.civicrelay.events.RecommendationProgressReported;
import kz.civicrelay.events.RecommendationProposed;
import kz.civicrelay.events.RecommendationVoted;
import kz.civicrelay.events.RecommendationWithdrawn;
import kz.civicrelay.events.RecommendationsReordered;
import kz.civicrelay.events.RegistrationCancelled;
import kz.civicrelay.events.RegistrationClosed;
import kz.civicrelay.events.RegistrationOpened;
import kz.civicrelay.events.ResolutionAdopted;
import kz.civicrelay.events.ResolutionDraftOpened;
import kz.civicrelay.events.ResolutionKindChosen;
import kz.civicrelay.events.SeriesClosedEarly;
import kz.civicrelay.events.SessionsChosen;
import kz.civicrelay.events.SeriesCompleted;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.events.SeriesResumed;
import kz.civicrelay.events.SeriesSuspended;
import kz.civicrelay.events.WaitlistLeft;
import kz.civicrelay.events.WaitlistPromoted;

/**
 * Today's schema of every event the relay puts on Kafka. A test checks that each event file
 * under {@code src/main/avro/events} is listed here, so a new event cannot be forgotten.
 */
public final class EventCatalog {

    private static final List<Schema> CURRENT = List.of(
            SeriesPlanned.getClassSchema(),
            ForumScheduled.getClassSchema(),
            ForumPreparationOpened.getClassSchema(),
            ForumConvened.getClassSchema(),
            ForumCompleted.getClassSchema(),
            ForumPostponed.getClassSchema(),
            ForumCancelled.getClassSchema(),
            ForumProgrammeSet.getClassSchema(),
            RegistrationOpened.getClassSchema(),
            RegistrationClosed.getClassSchema(),
            ParticipantRegistered.getClassSchema(),
            RegistrationCancelled.getClassSchema(),
            ParticipantWaitlisted.getClassSchema(),
            WaitlistPromoted.getClassSchema(),
            SessionsChosen.getClassSchema(),
            WaitlistLeft.getClassSchema(),
            PromotionDeclined.getClassSchema(),
            AttendanceMarked.getClassSchema(),
            ResolutionDraftOpened.getClassSchema(),
            RecommendationProposed.getClassSchema(),
            RecommendationAmended.getClassSchema(),
            RecommendationWithdrawn.getClassSchema(),
            ResolutionKindChosen.getClassSchema(),
            RecommendationsReordered.getClassSchema(),
            RecommendationVoted.getClassSchema(),
            ResolutionAdopted.getClassSchema(),
            RecommendationProgressReported.getClassSchema(),
            BatonPassed.getClassSchema(),
            AcknowledgementSlaSet.getClassSchema(),
            HandoffNotificationIssued.getClassSchema(),
            HandoffAcknowledged.getClassSchema(),
            HandoffEscalated.getClassSchema(),
            SeriesCompleted.getClassSchema(),
            SeriesSuspended.getClassSchema(),
            SeriesResumed.getClassSchema(),
            SeriesClosedEarly.getClassSchema(),
            DeliverySubscriptionAdded.getClassSchema(),
            DeliverySubscriptionRemoved.getClassSchema(),
            NotificationDelivered.getClassSchema(),
            NotificationDeliveryFailed.getClassSchema(),
            AuditCheckpoint.getClassSchema());

    private static final Map<String, Schema> BY_NAME = CURRENT.stream()
            .collect(Collectors.toUnmodifiableMap(Schema::getFullName, Function.identity()));

    private EventCatalog() {
    }

    /** Today's schemas, one per event type. */
    public static List<Schema> current() {
        return CURRENT;
    }

    /** Today's schema of the event with this full name, or {@code null} if the relay has no such event. */
    public static @Nullable Schema currentByName(String fullName) {
        return BY_NAME.get(fullName);
    }
}
