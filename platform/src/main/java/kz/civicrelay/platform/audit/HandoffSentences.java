package kz.civicrelay.platform.audit;

import static kz.civicrelay.platform.audit.Phrases.because;
import static kz.civicrelay.platform.audit.Phrases.channel;
import static kz.civicrelay.platform.audit.Phrases.dative;
import static kz.civicrelay.platform.audit.Phrases.enCount;
import static kz.civicrelay.platform.audit.Phrases.enQuoted;
import static kz.civicrelay.platform.audit.Phrases.forum;
import static kz.civicrelay.platform.audit.Phrases.kk;
import static kz.civicrelay.platform.audit.Phrases.quoted;
import static kz.civicrelay.platform.audit.Phrases.regionOf;
import static kz.civicrelay.platform.audit.Phrases.ru;
import static kz.civicrelay.platform.audit.Phrases.ruCount;

import java.time.Instant;

import kz.civicrelay.events.AcknowledgementSlaSet;
import kz.civicrelay.events.AuditCheckpoint;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.DeliverySubscriptionAdded;
import kz.civicrelay.events.DeliverySubscriptionRemoved;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.HandoffEscalated;
import kz.civicrelay.events.HandoffNotificationIssued;
import kz.civicrelay.events.NotificationDelivered;
import kz.civicrelay.events.NotificationDeliveryFailed;
import kz.civicrelay.platform.audit.Phrases.Forum;
import kz.civicrelay.reference.Trilingual;

/**
 * The sentences of the handoff (the baton passed from region to region, its notifications acknowledged or escalated),
 * of their delivery, and of the log's signed checkpoints.
 */
final class HandoffSentences {

    private HandoffSentences() {
    }

    static SentenceRules describe(SentenceRules rules) {
        return rules
                .on(BatonPassed.class, (e, s) -> {
                    Subject from = regionOf(e.getFromRegionCode()).map(Subject::of).orElse(s);
                    Forum to = forum(e.getToRegionCode(), e.getToForumId());
                    Trilingual next = regionOf(e.getToRegionCode()).map(r -> r.dative())
                            .orElse(Trilingual.of(to.kkDative(), to.ruDative(), to.en()));
                    return Trilingual.of(from.kk() + " эстафетаны " + next.kk() + " табыстады",
                            from.ru() + " " + from.ru("передал", "передала") + " эстафету " + next.ru(),
                            from.en() + " passed the baton to " + next.en());
                })
                .on(HandoffNotificationIssued.class, (e, s) -> {
                    Trilingual to = dative(e.getRecipientRegionCode());
                    Trilingual what = switch (e.getKind()) {
                        case BATON_RECEIVED -> Trilingual.of("эстафета келді", "эстафета получена",
                                "the baton has arrived");
                        case BATON_PASSED -> Trilingual.of("эстафета табысталды", "эстафета передана",
                                "the baton was passed on");
                        case BATON_REMINDER -> Trilingual.of("эстафетаны растау туралы еске салу",
                                "напоминание подтвердить эстафету", "a reminder to acknowledge the baton");
                        case SERIES_UPDATE -> Trilingual.of("серия жаңартылды", "серия обновлена",
                                "the series was updated");
                        case SERIES_COMPLETED -> Trilingual.of("серия аяқталды", "серия завершена",
                                "the series is complete");
                        default -> Trilingual.of(quoted(kk(e.getMessage())), quoted(ru(e.getMessage())),
                                enQuoted(Phrases.en(e.getMessage())));
                    };
                    boolean ack = e.getAcknowledgementRequired();
                    return Trilingual.of(s.kk() + " " + to.kk() + " хабарлама жіберді: " + what.kk()
                            + (ack ? " (растау қажет)" : ""),
                            s.ru() + " " + s.ru("отправил", "отправила") + " уведомление " + to.ru() + ": " + what.ru()
                                    + (ack ? " (требуется подтверждение)" : ""),
                            s.en() + " notified " + to.en() + ": " + what.en()
                                    + (ack ? " (acknowledgement required)" : ""));
                })
                .on(HandoffAcknowledged.class, (e, s) -> {
                    String comment = e.getComment();
                    boolean said = comment != null && !comment.isBlank();
                    return Trilingual.of(s.kk() + " эстафета туралы хабарламаны растады"
                            + (said ? ": " + quoted(comment) : ""),
                            s.ru() + " " + s.ru("подтвердил", "подтвердила") + " уведомление об эстафете"
                                    + (said ? ": " + quoted(comment) : ""),
                            s.en() + " acknowledged the handoff notification" + (said ? ": " + enQuoted(comment) : ""));
                })
                .on(HandoffEscalated.class, (e, s) -> {
                    Trilingual to = dative(e.getRegionCode());
                    return Trilingual.of(s.kk() + " " + to.kk() + " жіберілген расталмаған хабарламаны жоғары "
                            + "деңгейге жеткізді" + because(kk(e.getReason())),
                            s.ru() + " " + s.ru("эскалировал", "эскалировала") + " неподтверждённое уведомление "
                                    + to.ru() + because(ru(e.getReason())),
                            s.en() + " escalated the unacknowledged notification to " + to.en()
                                    + because(Phrases.en(e.getReason())));
                })
                .on(AcknowledgementSlaSet.class, (e, s) -> {
                    Trilingual limit = duration(e.getSlaMillis());
                    return Trilingual.of(s.kk() + " растау мерзімін белгіледі: " + limit.kk(),
                            s.ru() + " " + s.ru("установил", "установила") + " срок подтверждения: " + limit.ru(),
                            s.en() + " set the time to acknowledge a handoff: " + limit.en());
                })
                .on(DeliverySubscriptionAdded.class, (e, s) -> {
                    Trilingual owner = owner(e.getOwner());
                    Trilingual by = channel(e.getChannel());
                    return Trilingual.of(s.kk() + " " + owner.kk() + " хабарламаларды " + by.kk() + " жеткізуді қосты",
                            s.ru() + " " + s.ru("подключил", "подключила") + " доставку уведомлений " + by.ru() + " "
                                    + owner.ru(),
                            s.en() + " added delivery " + by.en() + " " + owner.en());
                })
                .on(DeliverySubscriptionRemoved.class, (e, s) -> {
                    Trilingual owner = owner(e.getOwner());
                    return Trilingual.of(s.kk() + " " + owner.kk() + " хабарлама жеткізу жазылымын өшірді",
                            s.ru() + " " + s.ru("отключил", "отключила") + " подписку на уведомления " + owner.ru(),
                            s.en() + " removed a delivery subscription " + owner.en());
                })
                .on(NotificationDelivered.class, (e, s) -> {
                    Trilingual by = channel(e.getChannel());
                    return Trilingual.of(s.kk() + " хабарламаны " + by.kk() + " жеткізді (" + e.getAttempt() + "-әрекет)",
                            s.ru() + " " + s.ru("доставил", "доставила") + " уведомление " + by.ru() + " (попытка "
                                    + e.getAttempt() + ")",
                            s.en() + " delivered the notification " + by.en() + " (attempt " + e.getAttempt() + ")");
                })
                .on(NotificationDeliveryFailed.class, (e, s) -> {
                    Trilingual by = channel(e.getChannel());
                    Instant next = e.getNextAttemptAt();
                    return Trilingual.of(s.kk() + " хабарламаны " + by.kk() + " жеткізе алмады (" + e.getAttempt()
                            + "-әрекет)" + because(e.getReason()) + "; "
                            + (next == null ? "қайта әрекет болмайды" : "келесі әрекет — " + Phrases.minute(next)),
                            s.ru() + " " + s.ru("не смог", "не смогла") + " доставить уведомление " + by.ru()
                                    + " (попытка " + e.getAttempt() + ")" + because(e.getReason()) + "; "
                                    + (next == null ? "попыток больше не будет"
                                            : "следующая попытка — " + Phrases.minute(next)),
                            s.en() + " could not deliver the notification " + by.en() + " (attempt " + e.getAttempt()
                                    + ")" + because(e.getReason()) + "; "
                                    + (next == null ? "no more attempts" : "next attempt at " + Phrases.minute(next)));
                })
                .on(AuditCheckpoint.class, (e, s) -> {
                    String log = e.getTopic() + "/" + e.getPartition();
                    long size = e.getTreeSize();
                    return Trilingual.of(s.kk() + " " + log + " журналының бақылау нүктесіне қол қойды: " + size
                            + " жазба",
                            s.ru() + " " + s.ru("подписал", "подписала") + " контрольную точку журнала " + log + ": "
                                    + ruCount(size, "запись", "записи", "записей"),
                            s.en() + " signed a checkpoint of log " + log + ": " + enCount(size, "record", "records"));
                });
    }

    /** Whose notifications: a region's team (Жамбыл облысы үшін / для Жамбылской области) or the secretariat. */
    private static Trilingual owner(String owner) {
        if ("secretariat".equalsIgnoreCase(owner.strip())) {
            return Trilingual.of("хатшылық үшін", "для секретариата", "for the secretariat");
        }
        return regionOf(owner).map(r -> Trilingual.of(r.kk().nominative() + " үшін", "для " + r.ru().genitive(),
                "for " + r.name().en())).orElse(Trilingual.of(owner + " үшін", "для " + owner, "for " + owner));
    }

    /** A time limit in whole hours (48 сағат / 48 часов / 48 hours), else in minutes. */
    private static Trilingual duration(long millis) {
        if (millis % 3_600_000 == 0) {
            long hours = millis / 3_600_000;
            return Trilingual.of(hours + " сағат", ruCount(hours, "час", "часа", "часов"),
                    enCount(hours, "hour", "hours"));
        }
        long minutes = Math.round(millis / 60_000.0);
        return Trilingual.of(minutes + " минут", ruCount(minutes, "минута", "минуты", "минут"),
                enCount(minutes, "minute", "minutes"));
    }
}
