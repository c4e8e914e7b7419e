package kz.civicrelay.forumctl.delivery;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How deliveries read on a terminal: one row per notification and subscription, its state ({@code pending},
 * {@code delivered}, {@code retrying}, {@code abandoned}), attempts, the last detail or reason given and its time: when it was
 * delivered, else when it is tried next.
 */
final class Deliveries {

    private Deliveries() {
    }

    static Table table(JsonNode deliveries) {
        Table table = new Table("NOTIFICATION", "REGION", "CHANNEL", "STATE", "ATTEMPTS", "LAST REASON", "TIME");
        for (JsonNode d : deliveries) {
            table.row(text(d, "messageId"), text(d, "owner"), text(d, "channel"), text(d, "state"),
                    d.path("attempts").asText("0"), text(d, "lastDetail"), time(d));
        }
        return table;
    }

    /** {@code delivered <time>}, {@code next <time>}, or {@code -}. */
    static String time(JsonNode delivery) {
        if (delivery.hasNonNull("deliveredAt")) {
            return "delivered " + delivery.path("deliveredAt").asText();
        }
        if (delivery.hasNonNull("nextAttemptAt")) {
            return "next " + delivery.path("nextAttemptAt").asText();
        }
        return "-";
    }

    private static String text(JsonNode node, String field) {
        String value = node.hasNonNull(field) ? node.path(field).asText() : "";
        return value.isBlank() ? "-" : value;
    }
}
