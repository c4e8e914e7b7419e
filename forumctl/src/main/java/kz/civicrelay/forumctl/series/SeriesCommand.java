package kz.civicrelay.forumctl.series;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.forumctl.delivery.Table;
import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import kz.civicrelay.forumctl.team.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Every series scheduling holds, with its status: {@code GET /api/series} (public). */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = "Lists every series with its status (running, suspended, completed, closed early), forums "
                + "completed and who holds the baton; an operator suspends, resumes or closes one early.",
        subcommands = {SeriesActCommand.Suspend.class, SeriesActCommand.Resume.class, SeriesActCommand.Close.class})
public final class SeriesCommand implements Callable<Integer> {

    @Option(names = "--scheduling", description = "Scheduling URL (default: ${DEFAULT-VALUE}).")
    String scheduling = "http://localhost:8081";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Reply reply = RelayApi.anonymous().get(SeriesActCommand.url(scheduling, "/api/series"));
        if (reply.status() != 200) {
            spec.commandLine().getErr().println(Problems.describe(reply));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(table(reply.body()).render());
        out.println(reply.body().size() + " series");
        out.flush();
        return 0;
    }

    /** One row a series: id, status, forums completed of all, baton holder, title (kk / ru / en), reason. */
    static Table table(JsonNode series) {
        Table table = new Table("SERIES", "STATUS", "COMPLETED", "BATON", "TITLE", "REASON");
        for (JsonNode s : series) {
            table.row(s.path("seriesId").asText(), status(s.path("status").asText()),
                    s.path("forumsCompleted").asInt() + "/" + s.path("forums").asInt(),
                    s.path("batonHolderForumId").asText("—"), joined(s.path("title")), joined(s.path("reason")));
        }
        return table;
    }

    static String status(String status) {
        return status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Text in three languages on one line, or a dash. */
    static String joined(JsonNode text) {
        return text.isMissingNode() || text.isNull() ? "—"
                : text.path("kk").asText() + " / " + text.path("ru").asText() + " / " + text.path("en").asText();
    }
}
