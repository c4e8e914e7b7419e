package kz.civicrelay.forumctl.team;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A regional team's notifications from the handoff service, newest last, in Kazakh, Russian and English. */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = "Lists the handoff notifications of a region's team, with what is still to acknowledge.")
public final class InboxCommand implements Callable<Integer> {

    @Mixin
    TeamOptions team;

    @Option(names = "--pending", description = "Only notifications still waiting for the team's acknowledgement.")
    boolean pending;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Reply reply = new RelayApi("forumctl").get(team.handoff + "/api/notifications?region="
                + URLEncoder.encode(team.region, StandardCharsets.UTF_8));
        if (reply.status() != 200) {
            spec.commandLine().getErr().println(Problems.describe(reply));
            return 1;
        }
        int shown = 0;
        for (JsonNode n : reply.body()) {
            if (pending && !Notifications.awaitsAcknowledgement(n)) {
                continue;
            }
            out.println(Notifications.describe(n));
            shown++;
        }
        out.println(shown + (pending ? " notification(s) to acknowledge for " : " notification(s) for ")
                + team.region);
        out.flush();
        return 0;
    }
}
