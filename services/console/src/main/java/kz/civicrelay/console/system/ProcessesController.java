package kz.civicrelay.console.system;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The service processes as {@code forumctl up} supervises them, for the console's System panel. */
@RestController
@RequestMapping(path = "/api/processes", produces = MediaType.APPLICATION_JSON_VALUE)
class ProcessesController {

    private final Supervisor supervisor;

    ProcessesController(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    @Operation(summary = "Each service process of forumctl up (state, pid, uptime, restarts, last exit, consumer lag); "
            + "always 200: supervisor is running, or unreachable with the reason")
    @GetMapping
    ProcessesView processes() {
        return supervisor.processes();
    }
}
