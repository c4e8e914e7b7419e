package kz.civicrelay.forumctl.series;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.auth.Session;
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

/**
 * An operator's act on a series at scheduling, as the signed-in user ({@code forumctl login}): {@code POST
 * /api/series/{id}/suspend|resume|close}. A reason is given in Kazakh, Russian and English ({@code --reason-kk},
 * {@code --reason-ru}, {@code --reason-en}); {@code --reason} stands for any of them not given.
 */
abstract class SeriesActCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SERIES", description = "The series id (see forumctl series).")
    String seriesId;

    @Option(names = "--reason", paramLabel = "TEXT", description = "The reason, for every language not given apart.")
    @Nullable String reason;

    @Option(names = "--reason-kk", paramLabel = "TEXT", description = "The reason in Kazakh.")
    @Nullable String reasonKk;

    @Option(names = "--reason-ru", paramLabel = "TEXT", description = "The reason in Russian.")
    @Nullable String reasonRu;

    @Option(names = "--reason-en", paramLabel = "TEXT", description = "The reason in English.")
    @Nullable String reasonEn;

    @ParentCommand
    @Nullable SeriesCommand parent;

    @Spec
    CommandSpec spec;

    /** The act's path segment: suspend, resume or close. */
    abstract String act();

    /** Whether the act must say why. */
    abstract boolean needsReason();

    /** Whether the act may say why (resuming does not). */
    boolean takesReason() {
        return true;
    }

    @Override
    public Integer call() {
        Optional<Map<String, String>> why = reason();
        if (needsReason() && why.isEmpty()) {
            throw new ParameterException(spec.commandLine(), act() + " needs a reason: --reason TEXT (or --reason-kk, "
                    + "--reason-ru and --reason-en)");
        }
        if (!takesReason() && why.isPresent()) {
            throw new ParameterException(spec.commandLine(), act() + " takes no reason");
        }
        Session session = Session.stored();
        session.requireBearer();
        String scheduling = parent == null ? "http://localhost:8081" : parent.scheduling;
        Map<String, Object> body = why.<Map<String, Object>>map(r -> Map.of("reason", r)).orElse(Map.of());
        Reply reply = new RelayApi(session::bearer).post(url(scheduling, "/api/series/"
                + URLEncoder.encode(seriesId, StandardCharsets.UTF_8).replace("+", "%20") + "/" + act()), body);
        if (reply.status() != 200) {
            spec.commandLine().getErr().println(Problems.describe(reply));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Series " + seriesId + ": " + SeriesCommand.status(reply.body().path("status").asText())
                + (reply.body().has("reason") ? " — " + SeriesCommand.joined(reply.body().path("reason")) : ""));
        out.flush();
        return 0;
    }

    /** The reason in each language, each falling back on {@code --reason}; empty if none is given at all. */
    Optional<Map<String, String>> reason() {
        if (reason == null && reasonKk == null && reasonRu == null && reasonEn == null) {
            return Optional.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("kk", orReason(reasonKk));
        texts.put("ru", orReason(reasonRu));
        texts.put("en", orReason(reasonEn));
        return Optional.of(texts);
    }

    private String orReason(@Nullable String text) {
        if (text != null) {
            return text;
        }
        if (reason == null) {
            throw new ParameterException(spec.commandLine(), "Give the reason in every language (--reason-kk, "
                    + "--reason-ru, --reason-en), or --reason for those not given");
        }
        return reason;
    }

    static String url(String base, String path) {
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    @Command(name = "suspend", mixinStandardHelpOptions = true, description = "Suspends a running series: its baton "
            + "stops; no forum of it convenes, completes or opens preparation until it is resumed. A reason is optional.")
    static final class Suspend extends SeriesActCommand {
        @Override
        String act() {
            return "suspend";
        }

        @Override
        boolean needsReason() {
            return false;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resumes a suspended series: its baton "
            + "moves again (a forum it reached meanwhile opens its preparation; a completion meanwhile passes it on).")
    static final class Resume extends SeriesActCommand {
        @Override
        String act() {
            return "resume";
        }

        @Override
        boolean needsReason() {
            return false;
        }

        @Override
        boolean takesReason() {
            return false;
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "Closes a running or suspended series "
            + "early, for good, with a reason (at most 500 characters in each language). Its events stay on the log "
            + "and in its audit.")
    static final class Close extends SeriesActCommand {
        @Override
        String act() {
            return "close";
        }

        @Override
        boolean needsReason() {
            return true;
        }
    }
}
