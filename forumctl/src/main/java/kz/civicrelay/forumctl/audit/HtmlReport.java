package kz.civicrelay.forumctl.audit;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The report as one HTML page (template {@code audit/report.html}): Thymeleaf escapes every text. */
final class HtmlReport {

    private static final TemplateEngine ENGINE = engine();

    private HtmlReport() {
    }

    static String render(SeriesReport report) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("r", report);
        return ENGINE.process("report", context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReport.class.getClassLoader());
        resolver.setPrefix("audit/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
