package kz.civicrelay.forumctl.programme;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import kz.civicrelay.forumctl.team.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forumctl plan edit}: an operator's edit of a forum's plan before the baton reaches it. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "A forum's plan.",
        subcommands = PlanCommand.Edit.class)
public final class PlanCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what: forumctl plan edit FORUM …");
    }

    /** {@code PATCH /api/forums/{id}}: what is given changes, the rest stays; 409 once the baton reached the forum. */
    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Edits a forum's plan before the baton reaches it: dates, capacity, delegation quota (or none), "
                    + "international status from options; titles, theme, city and venue (kk/ru/en) from a JSON file "
                    + "(--file), e.g. {\"venue\":{\"kk\":…,\"ru\":…,\"en\":…}}. The forum is announced again.")
    static final class Edit implements Callable<Integer> {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Parameters(index = "0", paramLabel = "FORUM", description = "The forum id.")
        String forumId;

        @Option(names = "--file", paramLabel = "FILE", description = "Fields of the edit as JSON (UTF-8).")
        @Nullable Path file;

        @Option(names = "--start-date", paramLabel = "YYYY-MM-DD")
        @Nullable LocalDate startDate;

        @Option(names = "--end-date", paramLabel = "YYYY-MM-DD")
        @Nullable LocalDate endDate;

        @Option(names = "--capacity", paramLabel = "N", description = "Seats the forum holds.")
        @Nullable Integer capacity;

        @Option(names = "--delegation-quota", paramLabel = "N", description = "Seats each region's delegation may take.")
        @Nullable Integer delegationQuota;

        @Option(names = "--no-delegation-quota", description = "Removes the plan's quota per delegation.")
        boolean noDelegationQuota;

        @Option(names = "--international", paramLabel = "true|false")
        @Nullable Boolean international;

        @Option(names = "--scheduling", description = "Scheduling URL (default: ${DEFAULT-VALUE}).")
        String scheduling = Scheduling.DEFAULT_URL;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ObjectNode edit = file == null ? JSON.createObjectNode()
                    : (ObjectNode) JSON.readTree(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
            if (startDate != null) {
                edit.put("startDate", startDate.toString());
            }
            if (endDate != null) {
                edit.put("endDate", endDate.toString());
            }
            if (capacity != null) {
                edit.put("capacity", capacity);
            }
            if (delegationQuota != null && noDelegationQuota) {
                throw new ParameterException(spec.commandLine(),
                        "--delegation-quota and --no-delegation-quota exclude each other");
            }
            if (delegationQuota != null) {
                edit.put("delegationQuota", delegationQuota);
            }
            if (noDelegationQuota) {
                edit.put("withoutDelegationQuota", true);
            }
            if (international != null) {
                edit.put("international", international);
            }
            Session session = Session.stored();
            session.requireBearer();
            Reply reply = new RelayApi(session::bearer).send("PATCH", Scheduling.url(scheduling, "forums", forumId, ""),
                    edit);
            if (reply.status() != 200) {
                spec.commandLine().getErr().println(Problems.describe(reply));
                return 1;
            }
            var f = reply.body();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Forum " + forumId + ": " + f.path("startDate").asText() + " – " + f.path("endDate").asText()
                    + ", " + f.path("capacity").asInt() + " seats, delegation quota "
                    + (f.path("delegationQuota").isNumber() ? f.path("delegationQuota").asText() : "none") + ", venue "
                    + f.path("venue").path("kk").asText() + " / " + f.path("venue").path("ru").asText() + " / "
                    + f.path("venue").path("en").asText());
            out.flush();
            return 0;
        }
    }
}
