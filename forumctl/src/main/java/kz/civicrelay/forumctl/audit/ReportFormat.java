package kz.civicrelay.forumctl.audit;

import java.util.function.Function;

/** The formats of the audit report ({@code --report}). */
public enum ReportFormat {
    JSON(JsonReport::render), MD(MarkdownReport::render), HTML(HtmlReport::render);

    private final Function<SeriesReport, String> renderer;

    ReportFormat(Function<SeriesReport, String> renderer) {
        this.renderer = renderer;
    }

    public String render(SeriesReport report) {
        return renderer.apply(report);
    }
}
