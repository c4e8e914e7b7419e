package kz.civicrelay.forumctl.resolution;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code GET /api/forums/{forum}/resolution/earlier-open} (public): what the forums before this one left open. */
@Command(name = "open-before", mixinStandardHelpOptions = true,
        description = "The recommendations of the forums before this one in its series that are still open (not "
                + "started or in progress), as the follow-up table shows them.")
final class OpenBeforeCommand extends ForumReadCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return FollowUpCommand.print(spec, options.reader().get(options.forum(forumId, "earlier-open")), language);
    }
}
