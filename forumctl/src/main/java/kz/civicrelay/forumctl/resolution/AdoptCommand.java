package kz.civicrelay.forumctl.resolution;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code POST /api/forums/{forum}/resolution/adopt}, with the plenary's vote on the whole text or without one. */
@Command(name = "adopt", mixinStandardHelpOptions = true,
        description = "Adopts the forum's resolution, optionally with the plenary's vote on the whole text (which must "
                + "be carried): its text is frozen and named by its SHA-256 content hash (operators).")
final class AdoptCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FORUM", description = "The forum id.")
    String forumId = "";

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    @Nullable VoteCounts vote;

    @Mixin
    ResolutionOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RelayApi api = options.signedIn();
        String url = options.forum(forumId, "adopt");
        VoteCounts counts = vote;
        Reply reply = counts == null ? api.post(url) : api.post(url, counts.body());
        if (!ResolutionOptions.done(spec, reply)) {
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(Resolutions.describe(reply.body(), null));
        out.flush();
        return 0;
    }
}
