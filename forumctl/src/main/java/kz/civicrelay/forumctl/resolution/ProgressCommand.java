package kz.civicrelay.forumctl.resolution;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.forumctl.delivery.Table;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code POST …/recommendations/{id}/progress}: what became of an adopted recommendation, on a day, with a note; without
 * {@code --status}, the reports so far ({@code GET}, public).
 */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Reports what became of an adopted recommendation: --status NOT_STARTED|IN_PROGRESS|DONE|DECLINED, "
                + "the day it holds for (--on, default today in Kazakhstan) and a note (needed to decline); operators, "
                + "or the team of a regional addressee's region. Without --status, lists the reports so far.")
final class ProgressCommand extends ForumCommand implements Callable<Integer> {

    @Parameters(index = "1", paramLabel = "REC", description = "The recommendation id (see resolution show).")
    String recommendationId = "";

    @Option(names = "--status", paramLabel = "STATUS", description = "NOT_STARTED, IN_PROGRESS, DONE or DECLINED.")
    Labels.@Nullable FollowUpStatus status;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day the report holds for.")
    @Nullable LocalDate on;

    @Option(names = "--note", paramLabel = "TEXT", description = "A progress note, as written (at most 2000 "
            + "characters).")
    @Nullable String note;

    @Option(names = "--lang", paramLabel = "kk|ru|en", description = "The language of the statuses (default: as "
            + "named).")
    @Nullable Language language;

    @Override
    public Integer call() {
        String url = options.recommendation(forumId, recommendationId, "/progress");
        Labels.FollowUpStatus reported = status;
        Reply reply;
        if (reported == null) {
            if (on != null || note != null) {
                throw new ParameterException(spec.commandLine(), "--on and --note go with --status");
            }
            reply = options.reader().get(url);
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", reported.name());
            if (on != null) {
                body.put("reportedOn", String.valueOf(on));
            }
            if (note != null) {
                body.put("note", note);
            }
            reply = options.signedIn().post(url, body);
        }
        if (!ResolutionOptions.done(spec, reply)) {
            return 1;
        }
        Table table = new Table("ON", "STATUS", "BY", "RECORDED", "NOTE");
        for (JsonNode report : reply.body()) {
            table.row(report.path("reportedOn").asText(), Labels.followUp(report.path("status").asText(), language),
                    report.path("by").asText("—"), Resolutions.time(report.path("at")), report.path("note").asText("—"));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!table.isEmpty()) {
            out.print(table.render());
        }
        out.println(reply.body().size() + " report(s) on " + recommendationId + " of " + forumId);
        out.flush();
        return 0;
    }
}
