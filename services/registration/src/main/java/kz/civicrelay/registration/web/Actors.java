package kz.civicrelay.registration.web;

import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;
import kz.civicrelay.registration.domain.Participant;

/**
 * Who may see and change a registration (decision 0015): operators, the team of the participant's region of
 * origin, and the participant who registered themself. Everyone else sees counts only.
 */
public final class Actors {

    private Actors() {
    }

    /** Who may register someone from {@code regionOfOrigin}: an operator, that region's team, the person themself. */
    static Grant[] mayRegister(String regionOfOrigin) {
        return new Grant[] { Grant.role(RelayRole.OPERATOR), Grant.inRegion(RelayRole.REGIONAL_TEAM, regionOfOrigin),
                Grant.role(RelayRole.PARTICIPANT) };
    }

    /** Who may see or cancel {@code participant}'s registration. */
    public static Grant[] mayHandle(Participant participant) {
        String account = participant.account();
        Grant region = Grant.inRegion(RelayRole.REGIONAL_TEAM, participant.registrant().regionOfOrigin());
        return account == null ? new Grant[] { Grant.role(RelayRole.OPERATOR), region }
                : new Grant[] { Grant.role(RelayRole.OPERATOR), region, Grant.owner(RelayRole.PARTICIPANT, account) };
    }

    static boolean mayHandle(Caller caller, Participant participant) {
        return caller.may(mayHandle(participant));
    }
}
