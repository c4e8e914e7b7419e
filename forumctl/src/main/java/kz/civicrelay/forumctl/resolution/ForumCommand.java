package kz.civicrelay.forumctl.resolution;

import java.io.PrintWriter;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every {@code forumctl resolution} command about one forum has: the forum, where resolution is, the output. */
abstract class ForumCommand {

    @Parameters(index = "0", paramLabel = "FORUM", description = "The forum id.")
    String forumId = "";

    @Mixin
    ResolutionOptions options;

    @Spec
    CommandSpec spec;

    /** Prints what {@code text} makes of the reply's body and exits 0, or the problem and exits 1. */
    int print(Reply reply, Function<JsonNode, String> text) {
        if (!ResolutionOptions.done(spec, reply)) {
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(text.apply(reply.body()));
        out.flush();
        return 0;
    }
}
