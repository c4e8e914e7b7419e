package kz.civicrelay.registration.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.registration.application.RegistrationDesk;

@RestController
class RegistrationController {

    private final RegistrationDesk desk;

    RegistrationController(RegistrationDesk desk) {
        this.desk = desk;
    }

    @Operation(summary = "Whether registration for the forum is open, and how many seats are left")
    @GetMapping("/api/forums/{forumId}/registration")
    RegistrationView registration(@PathVariable String forumId) {
        return desk.read(registrations -> RegistrationView.of(registrations.forum(forumId)));
    }
}
