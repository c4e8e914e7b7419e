package kz.civicrelay.forumctl.resolution;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code GET /api/forums/{forum}/resolution}: public once adopted, a draft for those signed in. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows a forum's resolution: kind, status, when adopted, the plenary's vote on the whole text and "
                + "the content hash; each recommendation with its revision, status, vote and follow-up, addressee and "
                + "text.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FORUM", description = "The forum id.")
    String forumId = "";

    @Option(names = "--lang", paramLabel = "kk|ru|en", description = "Only this language (default: all three).")
    @Nullable Language language;

    @Mixin
    ResolutionOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Reply reply = options.reader().get(options.forum(forumId));
        if (!ResolutionOptions.done(spec, reply)) {
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(Resolutions.describe(reply.body(), language));
        out.flush();
        return 0;
    }
}
