package kz.civicrelay.handoff.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.handoff.application.Handoff;

@RestController
@RequestMapping("/api")
class BatonController {

    private final Handoff handoff;

    BatonController(Handoff handoff) {
        this.handoff = handoff;
    }

    @Operation(summary = "Who holds the baton now, and every handoff of the series by number "
            + "(404 before any forum holds it)")
    @GetMapping("/baton")
    BatonView baton() {
        return handoff.read(BatonView::of);
    }

    @Operation(summary = "Every handoff of the current series, by handoff number")
    @GetMapping("/handoffs")
    List<HandoffView> handoffs() {
        return handoff.read(relay -> relay.handoffs().stream().map(HandoffView::of).toList());
    }
}
