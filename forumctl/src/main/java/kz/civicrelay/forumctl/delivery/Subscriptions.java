package kz.civicrelay.forumctl.delivery;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** How subscriptions read on a terminal, from the delivery service's JSON. */
final class Subscriptions {

    private Subscriptions() {
    }

    /** The subscription's id ({@code id}; {@code subscriptionId} if the service names it so). */
    static String id(JsonNode subscription) {
        return subscription.hasNonNull("id") ? subscription.path("id").asText() : subscription.path("subscriptionId").asText();
    }

    static String languages(JsonNode subscription) {
        List<String> languages = new ArrayList<>();
        subscription.path("languages").forEach(l -> languages.add(l.asText()));
        return String.join(",", languages);
    }

    /** One line: id, channel, address, owner, languages. */
    static String describe(JsonNode subscription) {
        return id(subscription) + "  " + subscription.path("channel").asText() + "  " + subscription.path("address").asText()
                + "  for " + subscription.path("owner").asText() + "  in " + languages(subscription);
    }

    static Table table(JsonNode subscriptions) {
        Table table = new Table("ID", "OWNER", "CHANNEL", "ADDRESS", "LANGUAGES");
        for (JsonNode s : subscriptions) {
            table.row(id(s), s.path("owner").asText(), s.path("channel").asText(), s.path("address").asText(), languages(s));
        }
        return table;
    }
}
