package kz.civicrelay.forumctl.programme;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import kz.civicrelay.forumctl.team.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The iCalendar feeds (public): a series' forums, or with {@code --forum} a forum's programme. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Writes the iCalendar feed of a series (one all-day event per forum) or, with --forum, of a "
                + "forum's programme (one event per session, Asia/Almaty) to standard output or --out; prints the "
                + "feed's URL for calendar apps to subscribe to with --url.")
public final class CalendarCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SERIES", description = "The series id.")
    @Nullable String seriesId;

    @Option(names = "--forum", paramLabel = "FORUM", description = "A forum's programme instead of a series.")
    @Nullable String forumId;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the .ics here instead of standard output.")
    @Nullable Path outFile;

    @Option(names = "--url", description = "Only print the feed's URL.")
    boolean urlOnly;

    @Option(names = "--scheduling", description = "Scheduling URL (default: ${DEFAULT-VALUE}).")
    String scheduling = Scheduling.DEFAULT_URL;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String url;
        if (forumId != null) {
            url = Scheduling.url(scheduling, "forums", forumId, "/programme.ics");
        } else if (seriesId != null) {
            url = Scheduling.url(scheduling, "series", seriesId, "/calendar.ics");
        } else {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Which calendar? forumctl calendar SERIES, or forumctl calendar --forum FORUM");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (urlOnly) {
            out.println(url);
            out.flush();
            return 0;
        }
        Reply reply = RelayApi.anonymous().get(url);
        if (reply.status() != 200) {
            spec.commandLine().getErr().println(Problems.describe(reply));
            return 1;
        }
        if (outFile != null) {
            Files.writeString(outFile, reply.raw(), StandardCharsets.UTF_8);
            out.println("Wrote " + outFile + " (" + url + ")");
        } else {
            out.print(reply.raw());
        }
        out.flush();
        return 0;
    }
}
