package kz.civicrelay.scheduling.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import kz.civicrelay.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.scheduling.application.Scheduling;

@RestController
@RequestMapping("/api/series")
class SeriesController {

    private final Scheduling scheduling;

    SeriesController(Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    /** Suspending may say why; closing early must. */
    record SuspendRequest(@Valid @Nullable ReasonText reason) {
    }

    record CloseRequest(@NotNull @Valid ReasonText reason) {
    }

    @Operation(summary = "Publish a new series' plan and open preparation of its first forum (other series may run; "
            + "409 for a series id used before)")
    @PostMapping
    ResponseEntity<SeriesView> plan(@Valid @RequestBody PlanRequest request, Caller caller) {
        scheduling.plan(request.toDomain(), Actors.operator(caller, "plan a series"));
        String seriesId = request.seriesId();
        URI location = UriComponentsBuilder.fromPath("/api/series/{id}").buildAndExpand(seriesId).toUri();
        return ResponseEntity.created(location).body(view(seriesId));
    }

    @Operation(summary = "Every series with its status (running, suspended, completed, closed early), by series id")
    @GetMapping
    List<SeriesView.Summary> all() {
        return scheduling.read(schedule -> schedule.all().stream().map(SeriesView.Summary::of).toList());
    }

    @Operation(summary = "One series with every forum's status, the forums in plan order (by position); 404 unknown")
    @GetMapping("/{seriesId}")
    SeriesView series(@PathVariable String seriesId) {
        return view(seriesId);
    }

    @Operation(summary = "Suspend a running series: its baton stops; no forum of it convenes, completes or opens "
            + "preparation until it is resumed (409 unless running)")
    @PostMapping("/{seriesId}/suspend")
    SeriesView suspend(@PathVariable String seriesId, @Valid @RequestBody(required = false) @Nullable SuspendRequest request,
            Caller caller) {
        ReasonText reason = request == null ? null : request.reason();
        scheduling.suspend(seriesId, reason == null ? null : reason.toDomain(),
                Actors.operator(caller, "suspend a series"));
        return view(seriesId);
    }

    @Operation(summary = "Resume a suspended series: its baton moves again (409 unless suspended)")
    @PostMapping("/{seriesId}/resume")
    SeriesView resume(@PathVariable String seriesId, Caller caller) {
        scheduling.resume(seriesId, Actors.operator(caller, "resume a series"));
        return view(seriesId);
    }

    @Operation(summary = "Close a running or suspended series early, with a reason in kk/ru/en (each at most 500 "
            + "characters): final; its events stay on the log (409 once completed or closed)")
    @PostMapping("/{seriesId}/close")
    SeriesView close(@PathVariable String seriesId, @Valid @RequestBody CloseRequest request, Caller caller) {
        scheduling.closeEarly(seriesId, request.reason().toDomain(), Actors.operator(caller, "close a series early"));
        return view(seriesId);
    }

    private SeriesView view(String seriesId) {
        return scheduling.read(schedule -> SeriesView.of(schedule.series(seriesId)));
    }
}
