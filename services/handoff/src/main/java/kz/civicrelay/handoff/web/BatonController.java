package kz.civicrelay.handoff.web;

import java.util.List;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.handoff.application.Handoff;
import kz.civicrelay.handoff.domain.Relay;

@RestController
@RequestMapping("/api")
class BatonController {

    private final Handoff handoff;

    BatonController(Handoff handoff) {
        this.handoff = handoff;
    }

    @Operation(summary = "Who holds the baton of a series (?series=, else the newest series) now, and every handoff "
            + "of it by number (404 before any forum holds it)")
    @GetMapping("/baton")
    BatonView baton(@RequestParam(required = false) @Nullable String series) {
        return handoff.read(relay -> BatonView.of(relay, seriesOf(relay, series)));
    }

    @Operation(summary = "Every handoff of a series (?series=, else the newest series), by handoff number")
    @GetMapping("/handoffs")
    List<HandoffView> handoffs(@RequestParam(required = false) @Nullable String series) {
        return handoff.read(relay -> (series == null ? relay.handoffs() : relay.handoffs(series)).stream()
                .map(HandoffView::of).toList());
    }

    private static String seriesOf(Relay relay, @Nullable String named) {
        return named != null ? named : relay.seriesId().orElseThrow(() -> new NoSuchElementException("No series yet"));
    }
}
