package kz.civicrelay.forumctl.resolution;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.demo.RelayApi.Download;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code GET /api/forums/{forum}/resolution/markdown|pdf?lang=}: the document, byte for byte as served. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the resolution as Markdown (UTF-8; one language, kk by default) or PDF (kk, ru and en, "
                + "each from a new page, or the one of --lang), each naming the adopted text's content hash. Writes "
                + "the bytes as served to -o FILE; without it, Markdown goes to standard output and a PDF to "
                + "resolution-FORUM[-LANG].pdf here.")
final class ExportCommand extends ForumCommand implements Callable<Integer> {

    /** The document formats the service serves. */
    enum Format {
        MD("markdown", "md"),
        PDF("pdf", "pdf");

        final String path;
        final String extension;

        Format(String path, String extension) {
            this.path = path;
            this.extension = extension;
        }
    }

    @Option(names = "--format", required = true, paramLabel = "md|pdf", description = "Markdown or PDF.")
    Format format = Format.MD;

    @Option(names = "--lang", paramLabel = "kk|ru|en", description = "The language (Markdown: kk when not given; "
            + "PDF: all three).")
    @Nullable Language language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write it.")
    @Nullable Path output;

    @Override
    public Integer call() throws IOException {
        Download download = options.reader().download(options.forum(forumId, format.path)
                + (language == null ? "" : "?lang=" + language.code()));
        if (!ResolutionOptions.done(spec, download.reply())) {
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        Path file = output != null ? output : format == Format.PDF ? Path.of("resolution-" + forumId
                + (language == null ? "" : "-" + language.code()) + ".pdf") : null;
        if (file == null) {
            out.print(new String(download.bytes(), StandardCharsets.UTF_8));
        } else {
            Files.write(file, download.bytes());
            out.println("Wrote " + file + " (" + format.extension + ", " + download.bytes().length + " bytes)");
        }
        out.flush();
        return 0;
    }
}
