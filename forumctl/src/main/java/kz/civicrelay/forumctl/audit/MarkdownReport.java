package kz.civicrelay.forumctl.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

import kz.civicrelay.forumctl.audit.SeriesReport.Finding;
import kz.civicrelay.forumctl.audit.SeriesReport.Forum;
import kz.civicrelay.forumctl.audit.SeriesReport.Handoff;
import kz.civicrelay.forumctl.audit.SeriesReport.Notice;
import kz.civicrelay.forumctl.audit.SeriesReport.Version;

/** The report as Markdown, for people: findings first, then each forum, the baton chain and the dead letters. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(SeriesReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Audit of ").append(r.seriesId()).append("\n\n");
        md.append("- As of: ").append(r.asOf() == null ? "the whole log" : r.asOf() + " (" + r.cutBy() + ")")
                .append("\n");
        if (r.generatedAt() != null) {
            md.append("- Generated at: ").append(r.generatedAt()).append("\n");
        }
        md.append("- Series: ").append(r.outcome()).append("\n- Events: ").append(r.events()).append("\n- Baton held by: ")
                .append(r.batonHolder() == null ? "nobody" : r.batonHolder()).append("\n");
        r.notAvailable().forEach(n -> md.append("- Not available: ").append(cell(n)).append("\n"));
        md.append("\n## Findings\n\n| Check | Result | Details | Events |\n|---|---|---|---|\n");
        for (Finding f : r.findings()) {
            md.append("| ").append(cell(f.check())).append(" | ").append(f.result()).append(" | ")
                    .append(cell(String.join("; ", f.details()))).append(" | ")
                    .append(cell(String.join(", ", f.events()))).append(" |\n");
        }
        r.forums().forEach(forum -> forum(md, forum));
        md.append("\n## Baton chain\n");
        r.batonChain().forEach(h -> handoff(md, h));
        md.append("\n## Dead letters\n\n");
        if (r.deadLetters().isEmpty()) {
            md.append("None.\n");
        }
        r.deadLetters().forEach(d -> md.append("- ").append(d.position()).append(" at ").append(d.timestamp())
                .append(": ").append(cell(d.reason())).append("\n"));
        return md.toString();
    }

    private static void forum(StringBuilder md, Forum f) {
        md.append("\n## ").append(f.position()).append(". ").append(f.forumId()).append(" (").append(f.regionCode())
                .append(")\n\n- Status: ").append(f.status()).append("\n- Capacity: ").append(f.capacity()).append("\n");
        md.append("- Registered: ").append(f.registration() == null ? "not known to the auditor yet"
                : f.registration().summary()).append("\n");
        if (f.resolution() != null) {
            var res = f.resolution();
            md.append("- Resolution ").append(res.resolutionId()).append(": ").append(res.documentKind()).append(", ")
                    .append(res.status()).append(res.adoptedAt() == null ? "" : " at " + res.adoptedAt())
                    .append(res.contentHash() == null ? "" : ", text hash " + res.contentHash()).append("\n");
            if (!res.versions().isEmpty()) {
                md.append("\n| Recommendation | Revision | Status | kk | ru | en | By | At |\n")
                        .append("|---|---|---|---|---|---|---|---|\n");
                for (Version v : res.versions()) {
                    md.append(row(List.of(v.recommendationId(), String.valueOf(v.revision()), v.status(), v.textKk(),
                            v.textRu(), v.textEn(), v.by(), v.at())));
                }
            }
        }
        md.append("\n| When | What | Who | Event | Record |\n|---|---|---|---|---|\n");
        f.timeline().forEach(l -> md.append(row(List.of(l.at(), l.what(), l.who(), l.eventId(), l.position()))));
    }

    private static void handoff(StringBuilder md, Handoff h) {
        md.append("\n### Handoff ").append(h.handoffNumber()).append(": ").append(h.fromForumId()).append(" → ")
                .append(h.toForumId()).append(" at ").append(h.passedAt()).append("\n\n")
                .append("| Notification | Region | Issued | Delivered | Acknowledged | Due by | Escalated |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Notice n : h.notifications()) {
            md.append(row(List.of(n.notificationId(), n.recipientRegionCode(), n.issuedAt(), or(n.deliveredAt()),
                    or(n.acknowledgedAt()), or(n.dueBy()), n.escalated() ? "yes" : "no")));
        }
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(MarkdownReport::cell).toList()) + " |\n";
    }

    private static String or(@Nullable String value) {
        return value == null ? "—" : value;
    }

    /** A table cell's text: pipes and markup escaped (a Markdown viewer would run it), one line. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;").replace("\r", " ").replace("\n", " ");
    }
}
