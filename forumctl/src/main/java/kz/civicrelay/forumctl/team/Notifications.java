package kz.civicrelay.forumctl.team;

import com.fasterxml.jackson.databind.JsonNode;

/** How a notification reads on a terminal: id, kind, state, then its text in the three languages. */
final class Notifications {

    private Notifications() {
    }

    static boolean awaitsAcknowledgement(JsonNode n) {
        return n.path("acknowledgementRequired").asBoolean() && !n.path("acknowledged").asBoolean();
    }

    static String describe(JsonNode n) {
        String state = n.path("acknowledged").asBoolean() ? "acknowledged"
                : awaitsAcknowledgement(n) ? (n.path("escalated").asBoolean() ? "ESCALATED, to acknowledge" : "to acknowledge")
                : "for information";
        JsonNode message = n.path("message");
        return n.path("notificationId").asText() + "  " + n.path("kind").asText() + "  " + n.path("issuedAt").asText()
                + "  [" + state + "]\n    kk: " + message.path("kk").asText() + "\n    ru: " + message.path("ru").asText()
                + "\n    en: " + message.path("en").asText();
    }
}
