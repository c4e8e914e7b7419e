package kz.civicrelay.forumctl.resolution;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code GET …/recommendations/{id}/diff?from=&to=} (signed in): two revisions, word by word, in each language. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Shows what changed between two revisions of a recommendation, word by word: removed words red "
                + "and struck through, added ones green; [-removed-] and {+added+} without colour (not a terminal, "
                + "NO_COLOR, or --no-color). Signed in.")
final class DiffCommand extends ForumReadCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "REC", description = "The recommendation id (see resolution show).")
    String recommendationId = "";

    @Option(names = "--from", paramLabel = "N", description = "The earlier revision (default: the one before --to).")
    @Nullable Integer from;

    @Option(names = "--to", paramLabel = "M", description = "The later revision (default: the latest).")
    @Nullable Integer to;

    @Option(names = "--no-color", description = "No colours: mark removed and added words with [-…-] and {+…+}.")
    boolean noColor;

    @Override
    public Integer call() {
        List<String> query = new ArrayList<>();
        if (from != null) {
            query.add("from=" + from);
        }
        if (to != null) {
            query.add("to=" + to);
        }
        Reply reply = options.signedIn().get(options.recommendation(forumId, recommendationId, "/diff")
                + (query.isEmpty() ? "" : "?" + String.join("&", query)));
        if (!ResolutionOptions.done(spec, reply)) {
            return 1;
        }
        boolean colour = WordDiffText.colour(noColor, spec.commandLine().getColorScheme().ansi());
        JsonNode diff = reply.body();
        PrintWriter out = spec.commandLine().getOut();
        out.println(recommendationId + ": " + RevisionsCommand.heading(diff.path("from")) + "  →  "
                + RevisionsCommand.heading(diff.path("to")));
        for (Language each : Language.values()) {
            if (language == null || language == each) {
                out.println("  " + each.code() + ": "
                        + WordDiffText.render(WordDiffText.runs(diff.path("changes").path(each.code())), colour));
            }
        }
        out.flush();
        return 0;
    }
}
