package kz.civicrelay.console.board;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.ForumPostponed;
import kz.civicrelay.events.ForumProgrammeSet;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.RegistrationClosed;
import kz.civicrelay.events.RegistrationOpened;
import kz.civicrelay.reference.Regions;
import kz.civicrelay.reference.Trilingual;

/** What the console knows of one forum, folded from the events about it. */
final class ForumState {

    final String forumId;
    final String seriesId;
    private @Nullable ForumScheduled scheduled;
    private @Nullable String startDate;
    private @Nullable String endDate;
    private String status = "SCHEDULED";
    private String registration = "NOT_OPEN";
    private int registered;
    private int waiting;
    private int attended;
    private int capacity;
    private String resolution = "NONE";
    private int recommendations;
    private String acknowledgement = "NONE";
    private List<SessionView> programme = List.of();

    ForumState(String forumId, String seriesId) {
        this.forumId = forumId;
        this.seriesId = seriesId;
    }

    void apply(SpecificRecord event, EventEntry entry) {
        switch (entry.type()) {
            case "ForumScheduled" -> {
                scheduled = (ForumScheduled) event;
                startDate = String.valueOf(scheduled.getStartDate());
                endDate = String.valueOf(scheduled.getEndDate());
                capacity = scheduled.getCapacity();
            }
            case "ForumPostponed" -> {
                startDate = String.valueOf(((ForumPostponed) event).getStartDate());
                endDate = String.valueOf(((ForumPostponed) event).getEndDate());
            }
            case "ForumProgrammeSet" -> programme = SessionView.of((ForumProgrammeSet) event);
            case "ForumPreparationOpened" -> status = "PREPARATION_OPEN";
            case "ForumConvened" -> status = "CONVENED";
            case "ForumCompleted" -> status = "COMPLETED";
            case "ForumCancelled" -> status = "CANCELLED";
            case "RegistrationOpened" -> {
                registration = "OPEN";
                capacity = ((RegistrationOpened) event).getCapacity();
            }
            case "ParticipantRegistered" -> registered++;
            case "RegistrationCancelled", "PromotionDeclined" -> registered = Math.max(0, registered - 1);
            case "ParticipantWaitlisted" -> waiting++;
            case "WaitlistPromoted" -> {
                registered++;
                waiting = Math.max(0, waiting - 1);
            }
            case "WaitlistLeft" -> waiting = Math.max(0, waiting - 1);
            case "AttendanceMarked" -> attended++;
            case "RegistrationClosed" -> {
                registration = "CLOSED";
                registered = ((RegistrationClosed) event).getRegisteredCount();
            }
            case "ResolutionDraftOpened" -> resolution = "DRAFT";
            case "RecommendationProposed" -> recommendations++;
            case "RecommendationWithdrawn" -> recommendations = Math.max(0, recommendations - 1);
            case "ResolutionAdopted" -> resolution = "ADOPTED";
            case "HandoffNotificationIssued" -> {
                if (((HandoffNotificationIssued) event).getAcknowledgementRequired() && "NONE".equals(acknowledgement)) {
                    acknowledgement = "PENDING";
                }
            }
            case "HandoffAcknowledged" -> acknowledgement = "ACKNOWLEDGED";
            case "HandoffEscalated" -> {
                if (!"ACKNOWLEDGED".equals(acknowledgement)) {
                    acknowledgement = "ESCALATED";
                }
            }
            default -> {
            }
        }
    }

    int position() {
        return scheduled == null ? 0 : scheduled.getPosition();
    }

    ForumView view(boolean holdsBaton) {
        String regionCode = scheduled == null ? null : scheduled.getRegionCode();
        return new ForumView(forumId, seriesId, position(), regionCode,
                regionCode == null ? null : Regions.find(regionCode).map(r -> r.name()).orElse(null),
                text(scheduled == null ? null : scheduled.getLocalTitle()),
                text(scheduled == null ? null : scheduled.getTheme()),
                text(scheduled == null ? null : scheduled.getCity()),
                text(scheduled == null ? null : scheduled.getVenue()),
                startDate, endDate, status, holdsBaton, registration, registered, capacity, waiting, attended, resolution,
                recommendations, acknowledgement,
                null, programme);
    }

    /** The text in the three languages; null when absent or incomplete (the console shows, it does not judge). */
    static @Nullable Trilingual text(@Nullable LocalizedText text) {
        try {
            return text == null ? null : new Trilingual(text.getKk(), text.getRu(), text.getEn());
        } catch (IllegalArgumentException | NullPointerException incomplete) {
            return null;
        }
    }
}
