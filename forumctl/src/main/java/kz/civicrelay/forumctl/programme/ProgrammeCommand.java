package kz.civicrelay.forumctl.programme;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.delivery.Table;
import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import kz.civicrelay.forumctl.team.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A forum's programme: {@code GET /api/forums/{id}/programme} (public); an operator sets it from a JSON file. */
@Command(name = "programme", mixinStandardHelpOptions = true,
        description = "Shows a forum's programme: each session's id, kind, time (Asia/Almaty), room, moderator, "
                + "capacity and topic. 'programme set' replaces it (operators, before the baton reaches the forum).",
        subcommands = ProgrammeCommand.Set.class)
public final class ProgrammeCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FORUM", description = "The forum id.")
    @Nullable String forumId;

    @Option(names = "--lang", paramLabel = "kk|ru|en", description = "Language of the topics (default: all three).")
    @Nullable String lang;

    @Option(names = "--scheduling", description = "Scheduling URL (default: ${DEFAULT-VALUE}).")
    String scheduling = Scheduling.DEFAULT_URL;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (forumId == null) {
            throw new ParameterException(spec.commandLine(), "Which forum? forumctl programme FORUM");
        }
        Reply reply = RelayApi.anonymous().get(Scheduling.url(scheduling, "forums", forumId, "/programme"));
        return print(spec, reply, lang);
    }

    static int print(CommandSpec spec, Reply reply, @Nullable String lang) {
        if (reply.status() != 200) {
            spec.commandLine().getErr().println(Problems.describe(reply));
            return 1;
        }
        JsonNode body = reply.body();
        Table table = new Table("SESSION", "KIND", "START", "END", "ROOM", "MODERATOR", "SEATS", "TOPIC");
        for (JsonNode s : body.path("sessions")) {
            table.row(s.path("sessionId").asText(), s.path("kind").asText().toLowerCase(Locale.ROOT).replace('_', ' '),
                    s.path("start").asText().replace('T', ' '), s.path("end").asText().replace('T', ' '),
                    s.path("room").asText("—"), s.path("moderator").asText("—"),
                    s.path("capacity").isNumber() ? s.path("capacity").asText() : "forum", topic(s.path("topic"), lang));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Programme of " + body.path("forumId").asText() + " (times in " + body.path("timeZone").asText()
                + (body.path("editable").asBoolean() ? "; may still change" : "; fixed: the baton has reached it")
                + ")");
        if (table.isEmpty()) {
            out.println("No sessions yet.");
        } else {
            out.print(table.render());
        }
        out.flush();
        return 0;
    }

    private static String topic(JsonNode topic, @Nullable String lang) {
        if (lang != null && topic.has(lang)) {
            return topic.path(lang).asText();
        }
        return topic.path("kk").asText() + " / " + topic.path("ru").asText() + " / " + topic.path("en").asText();
    }

    /** {@code PUT /api/forums/{id}/programme} with the sessions of a JSON file, as the signed-in operator. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Replaces a forum's programme with the sessions in a JSON file: {\"sessions\":[{\"sessionId\":"
                    + "\"s1\" (keep an existing session; leave out for a new one), \"kind\":\"PLENARY|PANEL|"
                    + "DIALOGUE_PLATFORM|EXHIBITION|AWARDS|OTHER\", \"topic\":{\"kk\":…,\"ru\":…,\"en\":…}, "
                    + "\"start\":\"2026-05-05T10:00\", \"end\":…, \"room\":…, \"moderator\":…, \"capacity\":40}]} "
                    + "(a bare array of sessions also does). Times are local to Asia/Almaty.")
    static final class Set implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FORUM", description = "The forum id.")
        String forumId;

        @Parameters(index = "1", paramLabel = "FILE", description = "The programme as JSON (UTF-8).")
        Path file;

        @ParentCommand
        @Nullable ProgrammeCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            JsonNode sessions = JSON.readTree(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
            JsonNode body = sessions.isArray() ? JSON.createObjectNode().set("sessions", sessions) : sessions;
            Session session = Session.stored();
            session.requireBearer();
            String scheduling = parent == null ? Scheduling.DEFAULT_URL : parent.scheduling;
            Reply reply = new RelayApi(session::bearer).send("PUT",
                    Scheduling.url(scheduling, "forums", forumId, "/programme"), body);
            return print(spec, reply, null);
        }
    }
}
