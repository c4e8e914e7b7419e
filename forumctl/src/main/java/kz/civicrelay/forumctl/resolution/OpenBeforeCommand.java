package kz.civicrelay.forumctl.resolution;

import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code GET /api/forums/{forum}/resolution/earlier-open} (public): what the forums before this one left open. */
@Command(name = "open-before", mixinStandardHelpOptions = true,
        description = "The recommendations of the forums before this one in its series that are still open (not "
                + "started or in progress), as the follow-up table shows them.")
final class OpenBeforeCommand implements Callable<Integer> {

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
        return FollowUpCommand.print(spec, options.reader().get(options.forum(forumId, "earlier-open")), language);
    }
}
