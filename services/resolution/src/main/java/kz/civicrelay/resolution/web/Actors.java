package kz.civicrelay.resolution.web;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.ActorKind;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.web.ActorHeader;

/** Who sends a command here, named by the {@code X-Actor} header. */
final class Actors {

    static final String HEADER = ActorHeader.NAME;

    private Actors() {
    }

    /** A forum participant: proposes, amends and withdraws recommendations. */
    static Origin participant(@Nullable String actorId) {
        return ActorHeader.origin(ActorKind.PARTICIPANT, actorId, "participant");
    }

    /** An operator of the secretariat: adopts the resolution on the participants' behalf. */
    static Origin operator(@Nullable String actorId) {
        return ActorHeader.origin(ActorKind.OPERATOR, actorId, "operator");
    }
}
