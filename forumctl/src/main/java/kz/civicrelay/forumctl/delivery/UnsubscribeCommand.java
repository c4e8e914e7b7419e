package kz.civicrelay.forumctl.delivery;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import kz.civicrelay.forumctl.team.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Removes a subscription: {@code DELETE /api/subscriptions/{id}}. */
@Command(name = "unsubscribe", mixinStandardHelpOptions = true,
        description = "Removes a subscription (see forumctl subscriptions): nothing more is delivered to it.")
public final class UnsubscribeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "The subscription's id.")
    String id;

    @Mixin
    DeliveryOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Session session = options.session();
        Reply reply = options.api(session).delete(options.url("/api/subscriptions/" + DeliveryOptions.encoded(id)));
        if (reply.status() != 204 && reply.status() != 200) {
            spec.commandLine().getErr().println(Problems.describe(reply));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Unsubscribed: " + id);
        out.flush();
        return 0;
    }
}
