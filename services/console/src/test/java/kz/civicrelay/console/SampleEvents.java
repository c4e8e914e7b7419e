package kz.civicrelay.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.DeliveryChannel;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.HandoffEscalated;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.NotificationDelivered;
import kz.civicrelay.events.NotificationDeliveryFailed;
import kz.civicrelay.events.NotificationKind;
import kz.civicrelay.events.ForumCompleted;
import kz.civicrelay.events.ForumPreparationOpened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.ParticipantRegistered;
import kz.civicrelay.events.ParticipantCategory;
import kz.civicrelay.events.SeriesClosedEarly;
import kz.civicrelay.events.SeriesPlanned;
import kz.civicrelay.events.SeriesSuspended;
import kz.civicrelay.platform.envelope.EnvelopeFactory;

/** Events of a two-forum series, as the services would write them (own sample data). */
public final class SampleEvents {

    private static final Actor OPERATOR = new Actor(ActorKind.OPERATOR, "operator-dana", "Дана Әбішева", null);
    private final EnvelopeFactory scheduling = new EnvelopeFactory("scheduling", Clock.systemUTC());
    private final EnvelopeFactory handoff = new EnvelopeFactory("handoff", Clock.systemUTC());
    private final EnvelopeFactory delivery = new EnvelopeFactory("delivery", Clock.systemUTC());
    private final EnvelopeFactory registration = new EnvelopeFactory("registration", Clock.systemUTC());
    private final String series;

    public SampleEvents(String series) {
        this.series = series;
    }

    public String forum(int position) {
        return series + "-0" + position + (position == 1 ? "-kz-33" : "-kz-75");
    }

    public SeriesPlanned planned() {
        return SeriesPlanned.newBuilder().setEnvelope(scheduling.forCommand(series, null, OPERATOR))
                .setTitle(new LocalizedText("Сынақ эстафетасы", "Пробная эстафета", "Trial relay"))
                .setHostOrder(List.of("KZ-33", "KZ-75")).setForumIds(List.of(forum(1), forum(2))).build();
    }

    public ForumScheduled scheduled(int position) {
        String region = position == 1 ? "KZ-33" : "KZ-75";
        return ForumScheduled.newBuilder().setEnvelope(scheduling.forCommand(series, forum(position), OPERATOR))
                .setPosition(position).setRegionCode(region)
                .setLocalTitle(new LocalizedText("Азаматтық форум " + position, "Гражданский форум " + position,
                        "Civic forum " + position))
                .setTheme(new LocalizedText("Жастар және қоғам", "Молодёжь и общество", "Youth and society"))
                .setCity(new LocalizedText("Талдықорған", "Талдыкорган", "Taldykorgan"))
                .setVenue(new LocalizedText("Өңірлік кітапхана", "Областная библиотека", "Regional library"))
                .setStartDate(LocalDate.of(2031, 4, position)).setEndDate(LocalDate.of(2031, 4, position + 1))
                .setCapacity(150).setInternational(false).build();
    }

    public ForumPreparationOpened preparationOpened(int position) {
        return ForumPreparationOpened.newBuilder()
                .setEnvelope(scheduling.forCommand(series, forum(position), OPERATOR))
                .setPosition(position).setRegionCode(position == 1 ? "KZ-33" : "KZ-75")
                .setPreviousRegionCode(position == 1 ? null : "KZ-33").build();
    }

    public ParticipantRegistered registered(int position, String fullName) {
        return registered(position, fullName, "«Үміт» қоғамдық бірлестігі", "KZ-33");
    }

    /** {@code fullName} of {@code organisation}, from region {@code regionOfOrigin}. */
    public ParticipantRegistered registered(int position, String fullName, String organisation, String regionOfOrigin) {
        return ParticipantRegistered.newBuilder()
                .setEnvelope(registration.forCommand(series, forum(position), OPERATOR))
                .setParticipantId("p-" + fullName.hashCode()).setFullName(fullName)
                .setOrganisation(organisation).setCategory(ParticipantCategory.NGO)
                .setRegionOfOrigin(regionOfOrigin).setLanguages(List.of("kk", "ru")).build();
    }

    public SeriesSuspended suspended() {
        return SeriesSuspended.newBuilder().setEnvelope(scheduling.forCommand(series, null, OPERATOR))
                .setReason(new LocalizedText("Су тасқыны", "Паводок", "Flood")).build();
    }

    public SeriesClosedEarly closedEarly() {
        return SeriesClosedEarly.newBuilder().setEnvelope(scheduling.forCommand(series, null, OPERATOR))
                .setReason(new LocalizedText("Қаржы жоқ", "Нет финансирования", "No funding")).setForumsCompleted(0)
                .setBatonHolderForumId(forum(1)).build();
    }

    public ForumCompleted completed(int position) {
        return ForumCompleted.newBuilder().setEnvelope(scheduling.forCommand(series, forum(position), OPERATOR))
                .setPosition(position).setRegionCode("KZ-33").setResolutionId("r-" + position).build();
    }

    public BatonPassed batonPassed() {
        return batonPassed(1);
    }

    /** Handoff {@code number}: from forum {@code number} to forum {@code number + 1}. */
    public BatonPassed batonPassed(int number) {
        return BatonPassed.newBuilder()
                .setEnvelope(handoff.causedBy(completed(number).getEnvelope(), forum(number)))
                .setHandoffNumber(number).setFromForumId(forum(number)).setFromRegionCode(region(number))
                .setToForumId(forum(number + 1)).setToRegionCode(region(number + 1)).setToPosition(number + 1).build();
    }

    /** Handoff {@code number}'s notification to {@code recipient} (the receiving region's must be acknowledged). */
    public HandoffNotificationIssued notified(int number, String recipient, NotificationKind kind) {
        String to = forum(number + 1);
        String suffix = kind == NotificationKind.BATON_REMINDER ? "-reminder-1"
                : kind == NotificationKind.SERIES_COMPLETED ? "-completed" : "";
        return HandoffNotificationIssued.newBuilder().setEnvelope(handoff.causedBy(batonPassed(number).getEnvelope(), to))
                .setNotificationId(to + "-" + recipient.toLowerCase(java.util.Locale.ROOT) + suffix)
                .setRecipientRegionCode(recipient).setKind(kind).setFromRegionCode(region(number))
                .setToRegionCode(region(number + 1))
                .setMessage(new LocalizedText("Эстафета келді", "Эстафета пришла", "The baton arrived"))
                .setAcknowledgementRequired(kind == NotificationKind.BATON_RECEIVED).build();
    }

    public HandoffAcknowledged acknowledged(HandoffNotificationIssued notification) {
        return HandoffAcknowledged.newBuilder().setEnvelope(handoff.causedBy(notification.getEnvelope(),
                notification.getEnvelope().getForumId())).setNotificationId(notification.getNotificationId())
                .setRegionCode(notification.getRecipientRegionCode()).setComment(null).build();
    }

    public HandoffEscalated escalated(HandoffNotificationIssued notification) {
        return HandoffEscalated.newBuilder().setEnvelope(handoff.causedBy(notification.getEnvelope(),
                notification.getEnvelope().getForumId())).setNotificationId(notification.getNotificationId())
                .setRegionCode(notification.getRecipientRegionCode())
                .setReason(new LocalizedText("Уақыт өтті", "Время вышло", "Time ran out")).build();
    }

    public NotificationDelivered delivered(HandoffNotificationIssued notification, String subscriptionId,
            DeliveryChannel channel, int attempt) {
        return NotificationDelivered.newBuilder().setEnvelope(delivery.causedBy(notification.getEnvelope(),
                notification.getEnvelope().getForumId())).setNotificationId(notification.getNotificationId())
                .setSubscriptionId(subscriptionId).setChannel(channel).setAttempt(attempt).setDetail("HTTP 204").build();
    }

    /** A failed attempt; {@code nextAttemptAt} null: delivery gave up. */
    public NotificationDeliveryFailed failed(HandoffNotificationIssued notification, String subscriptionId,
            DeliveryChannel channel, int attempt, java.time.@org.jspecify.annotations.Nullable Instant nextAttemptAt) {
        return NotificationDeliveryFailed.newBuilder().setEnvelope(delivery.causedBy(notification.getEnvelope(),
                notification.getEnvelope().getForumId())).setNotificationId(notification.getNotificationId())
                .setSubscriptionId(subscriptionId).setChannel(channel).setAttempt(attempt).setReason("HTTP 500")
                .setNextAttemptAt(nextAttemptAt).build();
    }

    private static String region(int position) {
        return position == 1 ? "KZ-33" : "KZ-75";
    }
}
