package kz.civicrelay.scheduling.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    @Operation(summary = "Publish the series plan and open preparation of its first forum")
    @PostMapping
    ResponseEntity<SeriesView> plan(@Valid @RequestBody PlanRequest request, Caller caller) {
        scheduling.plan(request.toDomain(), Actors.operator(caller, "plan a series"));
        return ResponseEntity.created(URI.create("/api/series")).body(scheduling.read(SeriesView::of));
    }

    @Operation(summary = "The current series with every forum's status, the forums in plan order (by position)")
    @GetMapping
    SeriesView current() {
        return scheduling.read(series -> {
            series.seriesId().orElseThrow(() -> new java.util.NoSuchElementException("No series is planned yet"));
            return SeriesView.of(series);
        });
    }
}
