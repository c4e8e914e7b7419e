package kz.civicrelay.scheduling.web;

import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;

/** Who may run the series here: operators of the secretariat, recorded as the token names them. */
final class Actors {

    private Actors() {
    }

    static Origin operator(Caller caller, String act) {
        return caller.authorize(act, Grant.role(RelayRole.OPERATOR));
    }
}
