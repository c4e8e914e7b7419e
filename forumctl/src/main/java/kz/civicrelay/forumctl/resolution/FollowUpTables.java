package kz.civicrelay.forumctl.resolution;

import java.util.Iterator;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.forumctl.delivery.Table;

/**
 * A follow-up table of the API ({@code {rows, byAddressee}}) as a terminal shows it: first how many recommendations
 * each kind of addressee has in each status, then one row a recommendation in the series' order.
 */
final class FollowUpTables {

    private FollowUpTables() {
    }

    static String render(JsonNode table, @Nullable Language language) {
        StringBuilder text = new StringBuilder();
        Labels.FollowUpStatus[] statuses = Labels.FollowUpStatus.values();
        String[] headers = new String[statuses.length + 2];
        headers[0] = "ADDRESSEE";
        for (int i = 0; i < statuses.length; i++) {
            headers[i + 1] = Labels.followUp(statuses[i].name(), language).toUpperCase(java.util.Locale.ROOT);
        }
        headers[headers.length - 1] = "TOTAL";
        Table counts = new Table(headers);
        for (Iterator<Map.Entry<String, JsonNode>> kinds = table.path("byAddressee").fields(); kinds.hasNext();) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            String[] cells = new String[headers.length];
            cells[0] = kind.getKey();
            int total = 0;
            for (int i = 0; i < statuses.length; i++) {
                int count = kind.getValue().path(statuses[i].name()).asInt();
                cells[i + 1] = String.valueOf(count);
                total += count;
            }
            cells[cells.length - 1] = String.valueOf(total);
            counts.row(cells);
        }
        Table rows = new Table("#", "FORUM", "RECOMMENDATION", "ADDRESSEE", "STATUS", "LAST REPORT", "TEXT");
        for (JsonNode row : table.path("rows")) {
            rows.row(row.path("position").asText(), row.path("forumId").asText(), row.path("recommendationId").asText(),
                    row.path("addresseeKind").asText() + (row.hasNonNull("addresseeRegion")
                            ? " " + row.path("addresseeRegion").asText() : ""),
                    Labels.followUp(row.path("status").asText(), language), lastReport(row),
                    Language.line(row.path("addressee"), language) + ": " + Language.line(row.path("text"), language));
        }
        if (!counts.isEmpty()) {
            text.append(counts.render()).append('\n');
        }
        if (!rows.isEmpty()) {
            text.append(rows.render());
        }
        return text.append(table.path("rows").size()).append(" recommendation(s)\n").toString();
    }

    /** {@code 2027-06-01 «note»}, the date alone, or a dash if nothing was reported. */
    private static String lastReport(JsonNode row) {
        if (!row.hasNonNull("lastReportedOn")) {
            return "—";
        }
        return row.path("lastReportedOn").asText() + (row.hasNonNull("lastNote")
                ? " «" + row.path("lastNote").asText() + "»" : "");
    }
}
