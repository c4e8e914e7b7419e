package kz.civicrelay.forumctl.resolution;

import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code POST …/recommendations/{id}/vote}: the plenary's vote on one recommendation, recorded once. */
@Command(name = "vote", mixinStandardHelpOptions = true,
        description = "Records the plenary's vote on one recommendation, once; one not carried (no more for than "
                + "against) stays out of the adopted text (operators).")
final class VoteCommand extends ForumCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "REC", description = "The recommendation id (see resolution show).")
    String recommendationId = "";

    @ArgGroup(exclusive = false, multiplicity = "1")
    @Nullable VoteCounts vote;

    @Override
    public Integer call() {
        VoteCounts counts = java.util.Objects.requireNonNull(vote, "picocli requires the vote");
        Reply reply = options.signedIn().post(options.recommendation(forumId, recommendationId, "/vote"),
                counts.body());
        return print(reply, body -> "Vote recorded: " + Resolutions.recommendation(body, null));
    }
}
