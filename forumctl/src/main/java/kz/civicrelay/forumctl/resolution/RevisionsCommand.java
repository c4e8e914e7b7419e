package kz.civicrelay.forumctl.resolution;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code GET …/recommendations/{id}/revisions} (signed in): every revision, with who wrote it and when. */
@Command(name = "revisions", mixinStandardHelpOptions = true,
        description = "Lists every revision of a recommendation, the first (as proposed) first: who wrote it, when, "
                + "and its text (signed in).")
final class RevisionsCommand extends ForumReadCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "REC", description = "The recommendation id (see resolution show).")
    String recommendationId = "";

    @Override
    public Integer call() {
        Reply reply = options.signedIn().get(options.recommendation(forumId, recommendationId, "/revisions"));
        if (!ResolutionOptions.done(spec, reply)) {
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (JsonNode revision : reply.body()) {
            out.print(heading(revision) + "\n" + Language.lines(revision.path("text"), language, "    "));
        }
        out.println(reply.body().size() + " revision(s) of " + recommendationId);
        out.flush();
        return 0;
    }

    /** {@code revision 2  2027-05-05 11:40 (Asia/Almaty)  by Әлия Нұрланқызы}. */
    static String heading(JsonNode revision) {
        return "revision " + revision.path("revision").asInt() + "  " + Resolutions.time(revision.path("at")) + "  by "
                + revision.path("by").asText("—");
    }
}
