package kz.civicrelay.scheduling.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kz.civicrelay.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.scheduling.application.Scheduling;

@RestController
@RequestMapping("/api/forums/{forumId}")
class ForumController {

    private final Scheduling scheduling;

    ForumController(Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    record PostponeRequest(@NotNull LocalDate startDate, @NotNull LocalDate endDate, @NotNull @Valid TextDto reason) {
    }

    record CancelRequest(@NotNull @Valid TextDto reason) {
    }

    @Operation(summary = "One forum and its status")
    @GetMapping
    ForumView forum(@PathVariable String forumId) {
        return view(forumId);
    }

    @Operation(summary = "Edit the plan of a forum the baton has not reached (titles, theme, city, venue, dates, capacity, "
            + "international, delegationQuota): it is announced again; 409 once the baton reached it")
    @PatchMapping
    ForumView edit(@PathVariable String forumId, @Valid @RequestBody PlanEditRequest request, Caller caller) {
        scheduling.editPlan(forumId, request.toDomain(), Actors.operator(caller, "edit a forum's plan"));
        return view(forumId);
    }

    @Operation(summary = "The forum opens its sessions (409 unless its preparation is open)")
    @PostMapping("/convene")
    ForumView convene(@PathVariable String forumId, Caller caller) {
        scheduling.convene(forumId, Actors.operator(caller, "convene a forum"));
        return view(forumId);
    }

    @Operation(summary = "The forum completes (409 until it convened and its resolution is adopted)")
    @PostMapping("/complete")
    ForumView complete(@PathVariable String forumId, Caller caller) {
        scheduling.complete(forumId, Actors.operator(caller, "complete a forum"));
        return view(forumId);
    }

    @Operation(summary = "Move a forum that has not convened to new dates")
    @PostMapping("/postpone")
    ForumView postpone(@PathVariable String forumId, @Valid @RequestBody PostponeRequest request, Caller caller) {
        scheduling.postpone(forumId, request.startDate(), request.endDate(), request.reason().toDomain(),
                Actors.operator(caller, "postpone a forum"));
        return view(forumId);
    }

    @Operation(summary = "Cancel a forum that does not hold the baton yet; the baton will pass over it")
    @PostMapping("/cancel")
    ForumView cancel(@PathVariable String forumId, @Valid @RequestBody CancelRequest request, Caller caller) {
        scheduling.cancel(forumId, request.reason().toDomain(), Actors.operator(caller, "cancel a forum"));
        return view(forumId);
    }

    private ForumView view(String forumId) {
        return scheduling.read(schedule -> {
            var series = schedule.seriesOf(forumId);
            return ForumView.of(series, series.forum(forumId));
        });
    }
}
