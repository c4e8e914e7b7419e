package kz.civicrelay.forumctl.team;

import kz.civicrelay.forumctl.demo.RelayApi.Reply;

/** A refused request as a person reads it: the status and the problem's title and detail. */
public final class Problems {

    private Problems() {
    }

    public static String describe(Reply reply) {
        if (reply.body().has("detail")) {
            return "Refused (" + reply.status() + " " + reply.body().path("title").asText() + "): "
                    + reply.body().path("detail").asText();
        }
        return "Refused (" + reply.status() + "): " + reply.raw();
    }
}
