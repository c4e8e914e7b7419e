package kz.civicrelay.handoff.web;

import java.util.Locale;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.platform.publish.Origin;

/** Who acts: the {@code X-Actor} header names the member of a regional team (recorded in the event's envelope). */
final class Actors {

    static final String HEADER = "X-Actor";

    private Actors() {
    }

    static Origin regionalTeam(String actorId, String regionCode) {
        String id = actorId == null || actorId.isBlank() ? "team-" + regionCode.toLowerCase(Locale.ROOT)
                : actorId.strip();
        if (id.length() > 100) {
            throw new IllegalArgumentException(HEADER + " must be at most 100 characters");
        }
        return Origin.command(new Actor(ActorKind.REGIONAL_TEAM, id, null));
    }
}
