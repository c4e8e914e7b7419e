package kz.civicrelay.resolution.web;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.resolution.domain.ForumResolutions;
import kz.civicrelay.resolution.domain.Resolution;
import kz.civicrelay.resolution.domain.ResolutionStatus;

/**
 * Who may draft and adopt (decision 0015): the editorial group of the forum a region hosts proposes, amends
 * withdraws, merges and reorders that forum's recommendations and chooses its kind, operators too; only operators
 * record the plenary's votes and adopt; operators, or the team of a regional addressee's region, report the
 * follow-up. An adopted resolution is public; a draft is shown to those signed in.
 */
final class Actors {

    private Actors() {
    }

    /** An editor of the forum's host region, or an operator. */
    static Origin editor(Caller caller, ForumResolutions resolutions, String forumId, String act) {
        String host = resolutions.forum(forumId).regionCode();
        return caller.authorize(act, Grant.role(RelayRole.OPERATOR), Grant.inRegion(RelayRole.EDITOR, host));
    }

    /**
     * Who reports the follow-up of an adopted recommendation: an operator, or the team of the region its addressee is
     * in (a regional addressee's).
     */
    static Origin followUp(Caller caller, Resolution resolution, String recommendationId, String act) {
        String region = resolution.recommendation(recommendationId).addresseeRegion();
        return region == null ? operator(caller, act)
                : caller.authorize(act, Grant.role(RelayRole.OPERATOR), Grant.inRegion(RelayRole.REGIONAL_TEAM, region));
    }

    static Origin operator(Caller caller, String act) {
        return caller.authorize(act, Grant.role(RelayRole.OPERATOR));
    }

    /** A draft only for those signed in; an adopted resolution for everyone. */
    static Resolution readable(Resolution resolution, @Nullable Caller caller) {
        if (resolution.status() != ResolutionStatus.ADOPTED) {
            Caller.signedIn(caller, "read a draft resolution");
        }
        return resolution;
    }
}
