package kz.civicrelay.forumctl.delivery;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import kz.civicrelay.forumctl.team.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists subscriptions as a table: {@code GET /api/subscriptions[?owner=]}. */
@Command(name = "subscriptions", mixinStandardHelpOptions = true,
        description = "Lists the subscriptions of the signed-in team's region (forumctl login), of another region or "
                + "the secretariat (operators), or every one the signed-in user may see.")
public final class SubscriptionsCommand implements Callable<Integer> {

    @Option(names = "--region", paramLabel = "KZ-NN", description = "The region (default: the signed-in team's; "
            + "operators: every owner).")
    @Nullable String region;

    @Option(names = "--secretariat", description = "The secretariat's subscriptions.")
    boolean secretariat;

    @Mixin
    DeliveryOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Session session = options.session();
        Optional<String> owner = owner(session);
        Reply reply = options.api(session).get(options.url("/api/subscriptions")
                + owner.map(o -> "?owner=" + DeliveryOptions.encoded(o)).orElse(""));
        if (reply.status() != 200) {
            spec.commandLine().getErr().println(Problems.describe(reply));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        Table table = Subscriptions.table(reply.body());
        if (!table.isEmpty()) {
            out.print(table.render());
        }
        out.println(reply.body().size() + " subscription(s) for " + owner.orElse("every owner"));
        out.flush();
        return 0;
    }

    Optional<String> owner(Session session) {
        if (secretariat) {
            return Optional.of(DeliveryOptions.SECRETARIAT);
        }
        return DeliveryOptions.region(region, session).map(r -> options.checkedRegion(r, "--region"));
    }
}
