package kz.civicrelay.console.series;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.civicrelay.console.access.ActingAsCaller;

/**
 * An operator suspends, resumes or closes a series early from the console: scheduling decides
 * ({@code relay.console.scheduling-url}: one URL, or each instance's, comma-separated), with the operator's own token,
 * and its answer (the series, or a problem) comes back as it was. The console shows the outcome once the event is
 * in the log, as it shows everything else.
 */
@RestController
class SeriesActsController {

    private final ActingAsCaller actingAs;
    private final List<RestClient> scheduling;

    SeriesActsController(ActingAsCaller actingAs,
            @Value("${relay.console.scheduling-url:http://localhost:8081}") List<URI> schedulingUrls) {
        this.actingAs = actingAs;
        this.scheduling = actingAs.instances(schedulingUrls);
    }

    @Operation(summary = "Suspends a running series at scheduling, as the caller: its baton stops ({\"reason\": {kk,ru,en}} optional)")
    @PostMapping(path = "/api/series/{seriesId}/suspend", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> suspend(@PathVariable String seriesId, @RequestBody(required = false) @Nullable String body,
            HttpServletRequest request, HttpServletResponse response) {
        return act(seriesId, "suspend", body, request, response);
    }

    @Operation(summary = "Resumes a suspended series at scheduling, as the caller")
    @PostMapping(path = "/api/series/{seriesId}/resume", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> resume(@PathVariable String seriesId, HttpServletRequest request, HttpServletResponse response) {
        return act(seriesId, "resume", null, request, response);
    }

    @Operation(summary = "Closes a series early at scheduling, as the caller ({\"reason\": {kk,ru,en}} required)")
    @PostMapping(path = "/api/series/{seriesId}/close", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> close(@PathVariable String seriesId, @RequestBody(required = false) @Nullable String body,
            HttpServletRequest request, HttpServletResponse response) {
        return act(seriesId, "close", body, request, response);
    }

    private ResponseEntity<String> act(String seriesId, String act, @Nullable String body, HttpServletRequest request,
            HttpServletResponse response) {
        URI target = UriComponentsBuilder.fromPath("/api/series/{id}/" + act).buildAndExpand(seriesId).toUri();
        return actingAs.post(scheduling, "scheduling", target, body == null || body.isBlank() ? "{}" : body, request,
                response);
    }
}
