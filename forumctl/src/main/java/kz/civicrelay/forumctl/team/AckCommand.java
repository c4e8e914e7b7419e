package kz.civicrelay.forumctl.team;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A regional team acknowledges the baton its region received (recorded as HandoffAcknowledged). */
@Command(name = "ack", mixinStandardHelpOptions = true,
        description = "Acknowledges a handoff notification as the signed-in member of the receiving region's team "
                + "(forumctl login); recorded with their name from the token.")
public final class AckCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The notification id (see forumctl inbox).")
    String notificationId;

    @Mixin
    TeamOptions team;

    @Option(names = "--comment", description = "A note for the record (at most 1000 characters).")
    @Nullable String comment;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Session session = team.session();
        Map<String, String> body = new LinkedHashMap<>();
        team.region(session).ifPresent(region -> body.put("regionCode", region));
        if (comment != null) {
            body.put("comment", comment);
        }
        Reply reply = new RelayApi(session::bearer).post(team.handoff + "/api/notifications/"
                + URLEncoder.encode(notificationId, StandardCharsets.UTF_8).replace("+", "%20") + "/acknowledge", body);
        if (reply.status() != 200) {
            spec.commandLine().getErr().println(Problems.describe(reply));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Acknowledged: " + Notifications.describe(reply.body()));
        out.flush();
        return 0;
    }
}
