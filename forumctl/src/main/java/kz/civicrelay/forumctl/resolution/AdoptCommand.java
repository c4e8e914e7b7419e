package kz.civicrelay.forumctl.resolution;

import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code POST /api/forums/{forum}/resolution/adopt}, with the plenary's vote on the whole text or without one. */
@Command(name = "adopt", mixinStandardHelpOptions = true,
        description = "Adopts the forum's resolution, optionally with the plenary's vote on the whole text (which must "
                + "be carried): its text is frozen and named by its SHA-256 content hash (operators).")
final class AdoptCommand extends ForumCommand implements Callable<Integer> {

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    @Nullable VoteCounts vote;

    @Override
    public Integer call() {
        RelayApi api = options.signedIn();
        String url = options.forum(forumId, "adopt");
        VoteCounts counts = vote;
        Reply reply = counts == null ? api.post(url) : api.post(url, counts.body());
        return print(reply, body -> Resolutions.describe(body, null));
    }
}
