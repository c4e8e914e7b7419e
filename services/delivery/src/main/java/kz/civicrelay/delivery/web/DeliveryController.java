package kz.civicrelay.delivery.web;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.delivery.application.Delivery;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.ForbiddenException;

@RestController
@RequestMapping("/api/deliveries")
class DeliveryController {

    private final Delivery delivery;

    DeliveryController(Delivery delivery) {
        this.delivery = delivery;
    }

    @Operation(summary = "Each message × subscription: state (pending, retrying, delivered, abandoned, cancelled), "
            + "attempts, last answer, next attempt, by issue time, owner, message and subscription id; optionally "
            + "of one forum, region (owner) or series. A region's team sees its own; auditors see no addresses")
    @GetMapping
    List<DeliveryView> deliveries(@RequestParam(required = false) @Nullable String forum,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String series, Caller caller) {
        String owner = region == null ? null : Owners.of(region);
        String only = owner != null ? owner : Actors.seesEveryOwner(caller) ? null : caller.region();
        if (only != null) {
            caller.authorize("read the deliveries of " + only, Actors.mayRead(only));
        } else if (!Actors.seesEveryOwner(caller)) {
            throw new ForbiddenException(caller.describe() + " has no region whose deliveries to read");
        }
        boolean addresses = Actors.seesAddresses(caller);
        return delivery.read(state -> state.statuses().stream()
                .filter(s -> only == null || s.message().owner().equals(only))
                .filter(s -> forum == null || Objects.equals(s.message().forumId(), forum))
                .filter(s -> series == null || s.message().seriesId().equals(series))
                .map(s -> DeliveryView.of(s, addresses)).toList());
    }
}
