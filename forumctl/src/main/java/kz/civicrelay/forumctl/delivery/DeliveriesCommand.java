package kz.civicrelay.forumctl.delivery;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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

/** What was delivered, per notification and subscription: {@code GET /api/deliveries[?forum=&region=&series=]}. */
@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = "Lists the deliveries of notifications to subscriptions (e-mail, webhook): state, attempts, the "
                + "last reason given, and when delivered or tried next; of the signed-in team's region by default.")
public final class DeliveriesCommand implements Callable<Integer> {

    @Option(names = "--forum", paramLabel = "ID", description = "Only the notifications of this forum.")
    @Nullable String forum;

    @Option(names = "--series", paramLabel = "ID", description = "Only the notifications of this series.")
    @Nullable String series;

    @Option(names = "--region", paramLabel = "KZ-NN", description = "The region (default: the signed-in team's; "
            + "operators: every region).")
    @Nullable String region;

    @Mixin
    DeliveryOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Session session = options.session();
        Optional<String> inRegion = DeliveryOptions.region(region, session).map(r -> options.checkedRegion(r, "--region"));
        Reply reply = options.api(session).get(options.url("/api/deliveries") + query(inRegion));
        if (reply.status() != 200) {
            spec.commandLine().getErr().println(Problems.describe(reply));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        Table table = Deliveries.table(reply.body());
        if (!table.isEmpty()) {
            out.print(table.render());
        }
        out.println(reply.body().size() + " deliver(ies) for " + inRegion.orElse("every region")
                + (forum == null ? "" : ", forum " + forum) + (series == null ? "" : ", series " + series));
        out.flush();
        return 0;
    }

    /** {@code ?forum=…&region=…&series=…}, only what is named; empty if nothing is. */
    String query(Optional<String> inRegion) {
        List<String> parameters = new ArrayList<>();
        String forumId = forum;
        String seriesId = series;
        if (forumId != null) {
            parameters.add("forum=" + DeliveryOptions.encoded(forumId));
        }
        inRegion.ifPresent(r -> parameters.add("region=" + DeliveryOptions.encoded(r)));
        if (seriesId != null) {
            parameters.add("series=" + DeliveryOptions.encoded(seriesId));
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }
}
