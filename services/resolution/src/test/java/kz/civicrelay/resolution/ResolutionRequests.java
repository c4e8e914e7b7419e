package kz.civicrelay.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import kz.civicrelay.events.Actor;
import kz.civicrelay.events.ActorKind;
import kz.civicrelay.events.Envelope;
import kz.civicrelay.events.ForumConvened;
import kz.civicrelay.events.ForumScheduled;
import kz.civicrelay.events.LocalizedText;
import kz.civicrelay.platform.envelope.EnvelopeFactory;
import kz.civicrelay.platform.testing.TestIssuer;
import kz.civicrelay.platform.testing.TopicLog;

/** What resolution's ITs do with the service: its REST API as a caller, scheduling's events it reacts to, its log. */
final class ResolutionRequests {

    static final String BASE = "/api/forums/{forumId}/resolution";

    private final int port;
    private final String series;
    private final EnvelopeFactory scheduling = new EnvelopeFactory("scheduling", Clock.systemUTC());

    ResolutionRequests(int port, String series) {
        this.port = port;
        this.series = series;
    }

    /** As the holder of {@code token}; an operator when null. */
    ResponseEntity<String> exchange(HttpMethod method, String uri, String forumId, String body, String token) {
        var request = client().method(method).uri(uri, forumId);
        if (token != null) {
            request = request.headers(TestIssuer.bearer(token));
        }
        if (body != null) {
            request = request.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                    .body(body);
        }
        return request.retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    /** As an operator unless a request says otherwise. */
    RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(TestIssuer.bearer(TestIssuer.operator())).build();
    }

    static void assertProblem(ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
    }

    static String proposal(String kind, String addresseeKk, String textKk) {
        return "{\"addresseeKind\":\"" + kind + "\",\"addressee\":" + trilingual(addresseeKk, "Адресат", "Addressee")
                + ",\"text\":" + text(textKk) + "}";
    }

    static String text(String kk) {
        return trilingual(kk, "Текст рекомендации", "Recommendation text");
    }

    static String trilingual(String kk, String ru, String en) {
        return "{\"kk\":\"" + kk + "\",\"ru\":\"" + ru + "\",\"en\":\"" + en + "\"}";
    }

    void schedule(String forumId, int position, String region, String kk, String ru, String en) throws Exception {
        send(scheduled(forumId, position, region, kk, ru, en));
    }

    ForumScheduled scheduled(String forumId, int position, String region, String kk, String ru, String en) {
        LocalizedText theme = new LocalizedText("Жергілікті өзін-өзі басқару", "Местное самоуправление",
                "Local self-government");
        return ForumScheduled.newBuilder().setEnvelope(scheduling.forCommand(series, forumId, operator()))
                .setPosition(position).setRegionCode(region).setLocalTitle(new LocalizedText(kk, ru, en))
                .setTheme(theme).setCity(theme).setVenue(theme).setStartDate(LocalDate.of(2026, 3, position))
                .setEndDate(LocalDate.of(2026, 3, position)).setCapacity(200).setInternational(false).build();
    }

    ForumConvened convened(String forumId, int position, String region) {
        return ForumConvened.newBuilder().setEnvelope(scheduling.forCommand(series, forumId, operator()))
                .setPosition(position).setRegionCode(region).build();
    }

    private static Actor operator() {
        return new Actor(ActorKind.OPERATOR, "it", null, null);
    }

    static void send(SpecificRecord event) throws Exception {
        TopicLog.send("relay.scheduling", ((Envelope) event.get(0)).getForumId(), event);
    }

    /** Every committed event of relay.resolution written for this series, oldest first. */
    List<SpecificRecord> readAll() {
        return TopicLog.events("relay.resolution").stream()
                .filter(e -> series.equals(((Envelope) e.get(0)).getSeriesId())).toList();
    }
}
