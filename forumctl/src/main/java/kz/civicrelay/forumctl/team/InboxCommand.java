package kz.civicrelay.forumctl.team;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A regional team's notifications from the handoff service, newest last, in Kazakh, Russian and English. */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = "Lists the handoff notifications of the signed-in region's team (forumctl login), with what is "
                + "still to acknowledge; operators and auditors name a region or see all.")
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
        Session session = team.session();
        Optional<String> region = team.region(session);
        Reply reply = new RelayApi(session::bearer).get(team.handoff + "/api/notifications"
                + region.map(r -> "?region=" + URLEncoder.encode(r, StandardCharsets.UTF_8)).orElse(""));
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
                + region.orElse("every region"));
        out.flush();
        return 0;
    }
}
