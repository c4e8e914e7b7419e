package kz.civicrelay.forumctl.resolution;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code GET /api/series/{series}/recommendations?addresseeKind=&status=} (public): the series-wide follow-up. */
@Command(name = "followup", mixinStandardHelpOptions = true,
        description = "The follow-up of a series' adopted recommendations: how many each kind of addressee has in "
                + "each status, then each recommendation with its forum, status, last report and text.")
public final class FollowUpCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SERIES", description = "The series id (see forumctl series).")
    String seriesId = "";

    @Option(names = "--addressee", paramLabel = "KIND", description = "Only this kind of addressee: ${COMPLETION-"
            + "CANDIDATES}.")
    kz.civicrelay.events.@Nullable AddresseeKind addressee;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: ${COMPLETION-CANDIDATES}.")
    Labels.@Nullable FollowUpStatus status;

    @Option(names = "--lang", paramLabel = "kk|ru|en", description = "Only this language (default: all three).")
    @Nullable Language language;

    @Mixin
    ResolutionOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> query = new ArrayList<>();
        if (addressee != null) {
            query.add("addresseeKind=" + addressee.name());
        }
        if (status != null) {
            query.add("status=" + status.name());
        }
        Reply reply = options.reader().get(options.series(seriesId) + (query.isEmpty() ? ""
                : "?" + String.join("&", query)));
        return print(spec, reply, language);
    }

    static int print(CommandSpec spec, Reply reply, @Nullable Language language) {
        if (!ResolutionOptions.done(spec, reply)) {
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(FollowUpTables.render(reply.body(), language));
        out.flush();
        return 0;
    }
}
