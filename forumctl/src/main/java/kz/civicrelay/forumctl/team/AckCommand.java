package kz.civicrelay.forumctl.team;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

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
        description = "Acknowledges a handoff notification on behalf of the receiving region's team.")
public final class AckCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The notification id (see forumctl inbox).")
    String notificationId;

    @Mixin
    TeamOptions team;

    @Option(names = "--comment", description = "A note for the record (at most 1000 characters).")
    @Nullable String comment;

    @Option(names = "--as", description = "Who acknowledges (recorded as the actor; default: the region's team).")
    @Nullable String actor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("regionCode", team.region);
        if (comment != null) {
            body.put("comment", comment);
        }
        Reply reply = new RelayApi(actor == null ? "" : actor).post(team.handoff + "/api/notifications/"
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
