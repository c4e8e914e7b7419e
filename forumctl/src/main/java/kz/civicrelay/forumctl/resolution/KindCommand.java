package kz.civicrelay.forumctl.resolution;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code PUT /api/forums/{forum}/resolution/kind}: a resolution or an appeal, while nothing is proposed yet. */
@Command(name = "kind", mixinStandardHelpOptions = true,
        description = "Chooses what the forum adopts: a RESOLUTION («қарар», «резолюция») or an APPEAL («үндеу», "
                + "«обращение»), while nothing is proposed yet (editors of the host region, operators).")
final class KindCommand extends ForumCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "RESOLUTION|APPEAL", description = "The kind of document.")
    Labels.DocumentKind kind = Labels.DocumentKind.RESOLUTION;

    @Override
    public Integer call() {
        Reply reply = options.signedIn().send("PUT", options.forum(forumId, "kind"),
                Map.of("documentKind", kind.name()));
        if (!ResolutionOptions.done(spec, reply)) {
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(forumId + " adopts: " + Labels.kind(reply.body().path("documentKind").asText(), null));
        out.flush();
        return 0;
    }
}
