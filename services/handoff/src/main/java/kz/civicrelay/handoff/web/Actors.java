package kz.civicrelay.handoff.web;

import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;

/**
 * Who may see and acknowledge a region's notifications (decision 0015): that region's team; operators and
 * auditors see every region's, and an operator may record an acknowledgement on a team's behalf.
 */
final class Actors {

    private Actors() {
    }

    static Grant[] mayRead(String regionCode) {
        return new Grant[] { Grant.role(RelayRole.OPERATOR), Grant.role(RelayRole.AUDITOR),
                Grant.inRegion(RelayRole.REGIONAL_TEAM, regionCode) };
    }

    static Grant[] mayAcknowledge(String regionCode) {
        return new Grant[] { Grant.inRegion(RelayRole.REGIONAL_TEAM, regionCode), Grant.role(RelayRole.OPERATOR) };
    }

    /** Whether {@code caller} sees every region's notifications rather than their own region's. */
    static boolean seesEveryRegion(Caller caller) {
        return caller.has(RelayRole.OPERATOR) || caller.has(RelayRole.AUDITOR);
    }
}
