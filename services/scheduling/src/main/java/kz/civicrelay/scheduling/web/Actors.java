package kz.civicrelay.scheduling.web;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.ActorKind;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.web.ActorHeader;

/** Who sends a command here: an operator of the secretariat, named by the {@code X-Actor} header. */
final class Actors {

    static final String HEADER = ActorHeader.NAME;

    private Actors() {
    }

    static Origin operator(@Nullable String actorId) {
        return ActorHeader.origin(ActorKind.OPERATOR, actorId, "operator");
    }
}
