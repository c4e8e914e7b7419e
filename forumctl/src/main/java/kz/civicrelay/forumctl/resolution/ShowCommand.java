package kz.civicrelay.forumctl.resolution;

import java.util.concurrent.Callable;

import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.Command;

/** {@code GET /api/forums/{forum}/resolution}: public once adopted, a draft for those signed in. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows a forum's resolution: kind, status, when adopted, the plenary's vote on the whole text and "
                + "the content hash; each recommendation with its revision, status, vote and follow-up, addressee and "
                + "text.")
final class ShowCommand extends ForumReadCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Reply reply = options.reader().get(options.forum(forumId));
        return print(reply, body -> Resolutions.describe(body, language));
    }
}
