package kz.civicrelay.forumctl.resolution;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code PUT /api/forums/{forum}/resolution/order}: one addressee's active recommendations in a new order. */
@Command(name = "reorder", mixinStandardHelpOptions = true,
        description = "Puts the active recommendations to one addressee in a new order: name every one of them, once, "
                + "in the order wanted (editors of the host region, operators).")
final class ReorderCommand extends ForumCommand implements Callable<Integer> {

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "REC", description = "The recommendations, in order.")
    List<String> recommendationIds = new ArrayList<>();

    @Override
    public Integer call() {
        Reply reply = options.signedIn().send("PUT", options.forum(forumId, "order"),
                Map.of("recommendationIds", recommendationIds));
        if (!ResolutionOptions.done(spec, reply)) {
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("The recommendations of " + forumId + " now read in this order:");
        int position = 0;
        for (JsonNode r : reply.body().path("recommendations")) {
            if ("ACTIVE".equals(r.path("status").asText())) {
                out.println("  " + ++position + ". " + r.path("recommendationId").asText() + "  to "
                        + Language.line(r.path("addressee"), null) + " (" + r.path("addresseeKind").asText() + ")");
            }
        }
        out.flush();
        return 0;
    }
}
