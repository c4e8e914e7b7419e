package kz.civicrelay.handoff.domain;

import java.util.List;
import java.util.Locale;

import kz.civicrelay.handoff.domain.HandoffEvent.NotificationIssued;
import kz.civicrelay.reference.Region;
import kz.civicrelay.reference.Regions;

/**
 * The notifications that go to every one of the 20 regional teams. Their ids follow from the handoff
 * (or the series) and the recipient, so deciding again can never make new ones.
 */
final class Announcements {

    private Announcements() {
    }

    static String handoffNotificationId(String toForumId, String recipientRegionCode) {
        return toForumId + "-" + recipientRegionCode.toLowerCase(Locale.ROOT);
    }

    static String completionNotificationId(String seriesId, String recipientRegionCode) {
        return seriesId + "-completed-" + recipientRegionCode.toLowerCase(Locale.ROOT);
    }

    /** The receiving region must acknowledge; the passing region is thanked; every other region is informed. */
    static List<NotificationIssued> ofHandoff(String seriesId, HostForum from, HostForum to) {
        return Regions.all().stream().map(Region::code).map(recipient -> {
            NotificationKind kind = recipient.equals(to.regionCode()) ? NotificationKind.BATON_RECEIVED
                    : recipient.equals(from.regionCode()) ? NotificationKind.BATON_PASSED
                    : NotificationKind.SERIES_UPDATE;
            var message = switch (kind) {
                case BATON_RECEIVED -> HandoffTexts.batonReceived(from.regionCode(), to.regionCode());
                case BATON_PASSED -> HandoffTexts.batonPassed(from.regionCode(), to.regionCode());
                default -> HandoffTexts.seriesUpdate(from.regionCode(), to.regionCode(), to.position());
            };
            return new NotificationIssued(seriesId, to.forumId(), handoffNotificationId(to.forumId(), recipient),
                    recipient, kind, from.regionCode(), to.regionCode(), message, kind.requiresAcknowledgement());
        }).toList();
    }

    /** The series is complete: every region is told, nobody has to acknowledge. */
    static List<NotificationIssued> ofCompletion(String seriesId, String lastForumId, String lastRegionCode) {
        return Regions.all().stream().map(Region::code).map(recipient -> new NotificationIssued(seriesId,
                lastForumId, completionNotificationId(seriesId, recipient), recipient,
                NotificationKind.SERIES_COMPLETED, lastRegionCode, lastRegionCode,
                HandoffTexts.seriesCompleted(lastRegionCode), false)).toList();
    }
}
