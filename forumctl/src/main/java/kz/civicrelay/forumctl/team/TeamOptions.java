package kz.civicrelay.forumctl.team;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.auth.SignedInUser;
import picocli.CommandLine.Option;

/**
 * What every regional team's command needs: the signed-in user ({@code forumctl login}), whose token says who
 * acts and which region's notifications they may see, and where the handoff service answers.
 */
final class TeamOptions {

    @Option(names = "--region", description = "The region code, e.g. KZ-75 (default: the signed-in team's region).")
    @Nullable String region;

    @Option(names = "--handoff", description = "Handoff service URL (default: ${DEFAULT-VALUE}).")
    String handoff = "http://localhost:8084";

    /** The stored session; refuses plainly when nobody is signed in. */
    Session session() {
        Session session = Session.stored();
        session.requireBearer();
        return session;
    }

    /** The region asked for, else the signed-in user's; empty for an operator or auditor who named none. */
    Optional<String> region(Session session) {
        if (region != null) {
            return Optional.of(region);
        }
        return session.user().map(SignedInUser::region);
    }
}
