package kz.civicrelay.forumctl.delivery;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import kz.civicrelay.forumctl.team.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A webhook's new signing secret: {@code POST /api/subscriptions/{id}/rotate-secret}; shown once. */
@Command(name = "rotate-secret", mixinStandardHelpOptions = true,
        description = "Gives a webhook subscription a new signing secret and prints it once; the old one signs no more.")
public final class RotateSecretCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "The webhook subscription's id.")
    String id;

    @Mixin
    DeliveryOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Session session = options.session();
        Reply reply = options.api(session).post(options.url("/api/subscriptions/" + DeliveryOptions.encoded(id)
                + "/rotate-secret"), Map.of());
        if (reply.status() != 200 && reply.status() != 201 || !reply.body().hasNonNull("secret")) {
            spec.commandLine().getErr().println(Problems.describe(reply));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("New signing secret of " + id + " (shown this once; keep it):");
        out.println("  " + reply.body().path("secret").asText());
        out.flush();
        return 0;
    }
}
