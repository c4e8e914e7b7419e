package kz.civicrelay.platform.testing;

import java.time.Instant;
import java.util.UUID;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.AddresseeKind;
import kz.civicrelay.events.BatonPassed;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.HandoffAcknowledged;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.events.RecommendationProposed;

/** A few events of series civic-2027 as the services write them, for the tests of event filters and lines. */
public final class TailEvents {

    public static final Instant AT = Instant.parse("2027-03-15T07:00:00Z");

    private TailEvents() {
    }

    /** Scheduling convenes forum 3 in Karaganda (KZ-35), by the operator Айгүл Сәрсенова. */
    public static ForumConvened convened() {
        return new ForumConvened(envelope("civic-2027-03-kz-35", "scheduling",
                new Actor(ActorKind.OPERATOR, "operator-1", "Айгүл Сәрсенова", null)), 3, "KZ-35");
    }

    /** Handoff: Almaty city (KZ-75) passes the baton to Abai region (KZ-10). */
    public static BatonPassed batonPassed() {
        return new BatonPassed(envelope("civic-2027-01-kz-75", "handoff", service("handoff")), 1,
                "civic-2027-01-kz-75", "KZ-75", "civic-2027-02-kz-10", "KZ-10", 2, null);
    }

    /** Team KZ-10 acknowledges the baton, with a Kazakh comment. */
    public static HandoffAcknowledged acknowledged() {
        return new HandoffAcknowledged(envelope("civic-2027-02-kz-10", "handoff",
                new Actor(ActorKind.REGIONAL_TEAM, "team-kz-10", "Абай облысы", "KZ-10")), "n-1", "KZ-10",
                "Қабылдадық, рақмет");
    }

    /** Resolution: forum 1's editors propose a recommendation to the akimat of Turkistan region (KZ-61). */
    public static RecommendationProposed proposed() {
        return new RecommendationProposed(envelope("civic-2027-01-kz-75", "resolution",
                new Actor(ActorKind.EDITOR, "editor-kz-75", null, "KZ-75")), "res-1", "rec-1",
                AddresseeKind.REGIONAL_AKIMAT, new LocalizedText("Түркістан облысының әкімдігі",
                        "Акимат Туркестанской области", "Akimat of Turkistan region"),
                new LocalizedText("Ауыл жастарына арналған гранттарды көбейту", "Увеличить гранты сельской молодёжи",
                        "Increase grants for rural youth"), "KZ-61");
    }

    private static Actor service(String name) {
        return new Actor(ActorKind.SERVICE, name, null, null);
    }

    private static Envelope envelope(String forumId, String producer, Actor actor) {
        UUID id = UUID.nameUUIDFromBytes((forumId + producer + actor.getId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Envelope.newBuilder().setEventId(id).setOccurredAt(AT).setSeriesId("civic-2027").setForumId(forumId)
                .setCausationId(null).setCorrelationId(id.toString()).setActor(actor).setProducer(producer).build();
    }
}
