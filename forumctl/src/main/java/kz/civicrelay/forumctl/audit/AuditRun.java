package kz.civicrelay.forumctl.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What {@code forumctl audit --as-of/--report} does with the log it read: cuts it at the moment, replays it, and
 * prints the state (no report asked) or writes the report to the file or standard output. Returns the exit code:
 * 1 if any check failed.
 */
public final class AuditRun {

    private AuditRun() {
    }

    public static int run(String seriesId, AuditLog whole, @Nullable Instant asOf, @Nullable ReportFormat format,
            @Nullable Path output, @Nullable Instant generatedAt, PrintStream out) throws IOException {
        return run(seriesId, whole, asOf, format, output, generatedAt, out, null);
    }

    /** As above, with the tamper-evidence check's finding (null: not run) after the series' own. */
    public static int run(String seriesId, AuditLog whole, @Nullable Instant asOf, @Nullable ReportFormat format,
            @Nullable Path output, @Nullable Instant generatedAt, PrintStream out, SeriesReport.@Nullable Finding tamper)
            throws IOException {
        SeriesReport built = ReportBuilder.build(seriesId, whole.of(seriesId, asOf), asOf, generatedAt);
        SeriesReport report = tamper == null ? built : built.with(tamper);
        if (format == null) {
            StateLines.of(report).forEach(out::println);
            report.findings().forEach(f -> out.println("  " + (f.failed() ? "✗ " : "✓ ") + f.check() + ": "
                    + f.result() + (f.details().isEmpty() ? "" : " — " + String.join("; ", f.details()))));
        } else if (output == null) {
            out.print(format.render(report));
        } else {
            Files.writeString(output, format.render(report), StandardCharsets.UTF_8);
        }
        return report.findings().stream().anyMatch(SeriesReport.Finding::failed) ? 1 : 0;
    }
}
