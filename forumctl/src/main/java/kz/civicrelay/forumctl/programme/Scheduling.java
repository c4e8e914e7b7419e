package kz.civicrelay.forumctl.programme;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where scheduling's API is, and its paths with ids in them. */
final class Scheduling {

    static final String DEFAULT_URL = "http://localhost:8081";

    private Scheduling() {
    }

    static String url(String scheduling, String kind, String id, String tail) {
        String base = scheduling.endsWith("/") ? scheduling.substring(0, scheduling.length() - 1) : scheduling;
        return base + "/api/" + kind + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20") + tail;
    }
}
