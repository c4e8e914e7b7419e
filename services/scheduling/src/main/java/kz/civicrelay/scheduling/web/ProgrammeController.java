package kz.civicrelay.scheduling.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kz.civicrelay.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.scheduling.application.Scheduling;
import kz.civicrelay.scheduling.domain.Programme;

@RestController
@RequestMapping("/api/forums/{forumId}/programme")
class ProgrammeController {

    private final Scheduling scheduling;

    ProgrammeController(Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    record ProgrammeRequest(@NotNull @Size(max = Programme.MAX_SESSIONS) List<@Valid @NotNull SessionRequest> sessions) {
    }

    @Operation(summary = "A forum's programme: sessions in time order, local times in Asia/Almaty (UTC+05:00)")
    @GetMapping
    ProgrammeView programme(@PathVariable String forumId) {
        return view(forumId);
    }

    @Operation(summary = "Set a forum's whole programme before the baton reaches it (409 once it did); sessions "
            + "without a sessionId are new and get one; each must fall on the forum's days, end after it starts, and "
            + "hold at most the forum's capacity")
    @PutMapping
    ProgrammeView set(@PathVariable String forumId, @Valid @RequestBody ProgrammeRequest request, Caller caller) {
        scheduling.setProgramme(forumId, request.sessions().stream().map(SessionRequest::toDomain).toList(),
                Actors.operator(caller, "set a forum's programme"));
        return view(forumId);
    }

    private ProgrammeView view(String forumId) {
        return scheduling.read(schedule -> ProgrammeView.of(schedule.seriesOf(forumId), forumId));
    }
}
