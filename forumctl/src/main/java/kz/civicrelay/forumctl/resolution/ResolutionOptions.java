package kz.civicrelay.forumctl.resolution;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import kz.civicrelay.forumctl.auth.Session;
import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.forumctl.demo.RelayApi.Reply;
import kz.civicrelay.forumctl.team.Problems;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * What every resolution command needs: where the resolution service answers, and who calls it. Reads go as whoever
 * is signed in ({@code forumctl login}), or as the public when nobody is (an adopted resolution and its follow-up are
 * public; a draft and its revisions are not); acts need a sign-in.
 */
final class ResolutionOptions {

    static final String DEFAULT_URL = "http://localhost:8083";

    @Option(names = "--resolution", paramLabel = "URL", description = "Resolution service URL (default: "
            + "${DEFAULT-VALUE}).")
    String resolution = DEFAULT_URL;

    /** As the signed-in user, or the public if nobody is. */
    RelayApi reader() {
        Session session = Session.stored();
        return new RelayApi(session::bearer);
    }

    /** As the signed-in user; refuses plainly (exit code 2) when nobody is signed in. */
    RelayApi signedIn() {
        Session session = Session.stored();
        session.requireBearer();
        return new RelayApi(session::bearer);
    }

    /** {@code /api/forums/{forum}/resolution}, then each of {@code segments} after a slash, ids encoded. */
    String forum(String forumId, String... segments) {
        StringBuilder url = new StringBuilder(base()).append("/api/forums/").append(encoded(forumId))
                .append("/resolution");
        for (String segment : segments) {
            url.append('/').append(encoded(segment));
        }
        return url.toString();
    }

    /** {@code /api/forums/{forum}/resolution/recommendations/{id}}, then {@code tail} (e.g. {@code /vote}). */
    String recommendation(String forumId, String recommendationId, String tail) {
        return forum(forumId, "recommendations", recommendationId) + tail;
    }

    /** {@code /api/series/{series}/recommendations}. */
    String series(String seriesId) {
        return base() + "/api/series/" + encoded(seriesId) + "/recommendations";
    }

    private String base() {
        return resolution.endsWith("/") ? resolution.substring(0, resolution.length() - 1) : resolution;
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** True if the service did it (2xx); otherwise prints its refusal as a person reads it (the problem's detail). */
    static boolean done(CommandSpec spec, Reply reply) {
        if (reply.status() / 100 == 2) {
            return true;
        }
        spec.commandLine().getErr().println(Problems.describe(reply));
        spec.commandLine().getErr().flush();
        return false;
    }
}
