package kz.civicrelay.console.calendar;

import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The calendar feeds on the console's own address, so its page can link them and a calendar app can subscribe
 * there: scheduling writes them from the plan (public, no token passed on); any of its instances will do, the first
 * that answers. Its answer, a problem included, comes back as it was; none answering is 502.
 */
@RestController
class CalendarFeedsController {

    private final List<RestClient> scheduling;

    CalendarFeedsController(@Value("${relay.console.scheduling-url:http://localhost:8081}") List<URI> schedulingUrls) {
        this.scheduling = schedulingUrls.stream().map(url -> RestClient.builder().baseUrl(url.toString()).build())
                .toList();
    }

    @Operation(summary = "The series as iCalendar (one all-day event per forum), from scheduling")
    @GetMapping("/api/series/{seriesId}/calendar.ics")
    ResponseEntity<byte[]> series(@PathVariable String seriesId) {
        return feed("/api/series/{id}/calendar.ics", seriesId);
    }

    @Operation(summary = "A forum's programme as iCalendar (one event per session, Asia/Almaty), from scheduling")
    @GetMapping("/api/forums/{forumId}/programme.ics")
    ResponseEntity<byte[]> programme(@PathVariable String forumId) {
        return feed("/api/forums/{id}/programme.ics", forumId);
    }

    private ResponseEntity<byte[]> feed(String path, String id) {
        for (RestClient instance : scheduling) {
            try {
                ResponseEntity<byte[]> answer = instance.get().uri(path, id).retrieve()
                        .onStatus(status -> true, (request, response) -> { }).toEntity(byte[].class);
                if (answer.getStatusCode().value() != 503) {
                    return ResponseEntity.status(answer.getStatusCode()).headers(h -> {
                        MediaType type = answer.getHeaders().getContentType();
                        if (type != null) {
                            h.setContentType(type);
                        }
                    }).body(answer.getBody());
                }
            } catch (RestClientException unreachable) {
                // the next instance, if any
            }
        }
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body("{\"title\":\"Scheduling did not answer\",\"status\":502}".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
    }
}
