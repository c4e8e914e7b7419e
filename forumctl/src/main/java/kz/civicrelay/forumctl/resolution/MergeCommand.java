package kz.civicrelay.forumctl.resolution;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code POST …/recommendations/{kept}/merge}: a duplicate withdrawn as merged, the kept one's text optionally new. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merges a duplicate recommendation (same addressee, same forum) into the one kept; the duplicate "
                + "is withdrawn as merged. With --text-kk, --text-ru and --text-en (all three), the merged text becomes "
                + "the kept one's next revision (editors of the host region, operators).")
final class MergeCommand extends ForumCommand implements Callable<Integer> {

    /** The merged text: all three languages or none. */
    static final class MergedText {

        @Option(names = "--text-kk", required = true, paramLabel = "TEXT", description = "The merged text in Kazakh.")
        String kk = "";

        @Option(names = "--text-ru", required = true, paramLabel = "TEXT", description = "The merged text in Russian.")
        String ru = "";

        @Option(names = "--text-en", required = true, paramLabel = "TEXT", description = "The merged text in English.")
        String en = "";
    }

    @Parameters(index = "1", paramLabel = "KEPT", description = "The recommendation kept.")
    String kept = "";

    @Parameters(index = "2", paramLabel = "DUPLICATE", description = "The duplicate merged into it.")
    String duplicate = "";

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    @Nullable MergedText text;

    @Override
    public Integer call() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("duplicate", duplicate);
        MergedText merged = text;
        if (merged != null) {
            body.put("text", Map.of("kk", merged.kk, "ru", merged.ru, "en", merged.en));
        }
        Reply reply = options.signedIn().post(options.recommendation(forumId, kept, "/merge"), body);
        return print(reply, answer -> "Merged " + duplicate + " into " + Resolutions.recommendation(answer, null));
    }
}
