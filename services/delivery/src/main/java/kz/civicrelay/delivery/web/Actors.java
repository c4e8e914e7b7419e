package kz.civicrelay.delivery.web;

import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.Grant;
import kz.civicrelay.platform.security.RelayRole;

/**
 * Who may do what with an owner's subscriptions and deliveries (decision 0015): a region's team manages and reads
 * its own region's; operators manage and read every owner's, the secretariat's alerts only they manage; auditors
 * read everything but the addresses (personal data).
 */
final class Actors {

    private Actors() {
    }

    static Grant[] mayManage(String owner) {
        return Subscription.SECRETARIAT.equals(owner) ? new Grant[] { Grant.role(RelayRole.OPERATOR) }
                : new Grant[] { Grant.inRegion(RelayRole.REGIONAL_TEAM, owner), Grant.role(RelayRole.OPERATOR) };
    }

    static Grant[] mayRead(String owner) {
        return Subscription.SECRETARIAT.equals(owner)
                ? new Grant[] { Grant.role(RelayRole.OPERATOR), Grant.role(RelayRole.AUDITOR) }
                : new Grant[] { Grant.role(RelayRole.OPERATOR), Grant.role(RelayRole.AUDITOR),
                        Grant.inRegion(RelayRole.REGIONAL_TEAM, owner) };
    }

    static boolean seesEveryOwner(Caller caller) {
        return caller.has(RelayRole.OPERATOR) || caller.has(RelayRole.AUDITOR);
    }

    /** Addresses are personal data: an auditor (who is not also an operator or the team) does not see them. */
    static boolean seesAddresses(Caller caller) {
        return caller.has(RelayRole.OPERATOR) || caller.has(RelayRole.REGIONAL_TEAM);
    }
}
