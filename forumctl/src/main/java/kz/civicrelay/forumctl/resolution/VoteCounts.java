package kz.civicrelay.forumctl.resolution;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * How the plenary voted, as {@code --present N --for N --against N --abstained N} (all four together): those present
 * and voting, for, against, abstained. The service checks that they add up.
 */
final class VoteCounts {

    @Option(names = "--present", required = true, paramLabel = "N", description = "Those present and voting.")
    int present;

    @Option(names = "--for", required = true, paramLabel = "N", description = "Votes for.")
    int inFavour;

    @Option(names = "--against", required = true, paramLabel = "N", description = "Votes against.")
    int against;

    @Option(names = "--abstained", required = true, paramLabel = "N", description = "Abstentions.")
    int abstained;

    /** The vote as the API takes it. */
    Map<String, Object> body() {
        Map<String, Object> vote = new LinkedHashMap<>();
        vote.put("present", present);
        vote.put("inFavour", inFavour);
        vote.put("against", against);
        vote.put("abstained", abstained);
        return vote;
    }
}
