package kz.civicrelay.forumctl.auth;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Who the stored session signs in as: subject, name, roles, region, and until when its access token holds. */
@Command(name = "whoami", mixinStandardHelpOptions = true,
        description = "Prints who you are signed in as (subject, name, roles, region) and when the access token "
                + "expires; exit code 1 if not signed in.")
public final class WhoamiCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
            .withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Session session = Session.stored();
        var user = session.user();
        if (user.isEmpty()) {
            spec.commandLine().getErr().println(Session.NOT_SIGNED_IN);
            return 1;
        }
        SignedInUser who = user.get();
        out.println("subject: " + who.subject());
        out.println("name:    " + who.name());
        out.println("roles:   " + String.join(", ", who.roles()));
        out.println("region:  " + (who.region() == null ? "-" : who.region()));
        out.println("issuer:  " + session.issuer().orElse("-"));
        out.println("expires: " + TIME.format(who.expiresAt())
                + (who.expiresAt().isBefore(Instant.now()) ? " (expired; renewed at the next call)" : ""));
        return 0;
    }

    /** {@code team-kz-75 (Алматы …), roles regional-team, region KZ-75}. */
    static String describe(SignedInUser who) {
        return who.subject() + " (" + who.name() + "), roles " + String.join(", ", who.roles())
                + (who.region() == null ? "" : ", region " + who.region());
    }
}
