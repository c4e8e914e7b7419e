package kz.civicrelay.handoff.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.events.ActorKind;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.web.ActorHeader;

/** Who acts here: a member of a regional team, named by the {@code X-Actor} header. */
final class Actors {

    static final String HEADER = ActorHeader.NAME;

    private Actors() {
    }

    /** The team member acting: the header's id, or else the team of the region ({@code team-kz-75}). */
    static Origin regionalTeam(@Nullable String actorId, String regionCode) {
        return ActorHeader.origin(ActorKind.REGIONAL_TEAM, actorId, "team-" + regionCode.toLowerCase(Locale.ROOT));
    }
}
