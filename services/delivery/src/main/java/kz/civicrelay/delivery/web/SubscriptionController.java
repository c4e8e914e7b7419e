package kz.civicrelay.delivery.web;

import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.civicrelay.delivery.application.Delivery;
import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.delivery.send.Outcome;
import kz.civicrelay.delivery.webhook.WebhookChannel;
import kz.civicrelay.delivery.webhook.WebhookSecrets;
import kz.civicrelay.delivery.domain.DeliveryChannel;
import kz.civicrelay.platform.publish.Origin;
import kz.civicrelay.platform.security.Caller;
import kz.civicrelay.platform.security.ForbiddenException;

@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {

    private final Delivery delivery;
    private final WebhookChannel webhook;
    private final WebhookSecrets secrets;

    SubscriptionController(Delivery delivery, WebhookChannel webhook, WebhookSecrets secrets) {
        this.delivery = delivery;
        this.webhook = webhook;
        this.secrets = secrets;
    }

    /** A webhook that did not accept the verification ping (422); nothing was appended. */
    static final class WebhookRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        WebhookRefused(String reason) {
            super("The webhook did not accept the verification ping: " + reason);
        }
    }

    @Operation(summary = "Subscribe an owner (a region, or the secretariat) by e-mail or webhook (201). A webhook "
            + "must accept a signed verification ping first (422 otherwise); the answer holds its signing secret, "
            + "shown this once")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SubscriptionView subscribe(@Valid @RequestBody SubscribeRequest request, Caller caller) {
        String owner = request.ownerCode();
        Origin origin = caller.authorize("manage the subscriptions of " + owner, Actors.mayManage(owner));
        Subscription subscription = Delivery.newSubscription(owner, request.channelKind(), request.checkedAddress(),
                request.languageList());
        String secret = null;
        if (subscription.channel() == DeliveryChannel.WEBHOOK) {
            if (webhook.verify(subscription.address(), subscription.subscriptionId(), owner) instanceof Outcome.Failed f) {
                throw new WebhookRefused(f.reason());
            }
            secret = secrets.secret(subscription.subscriptionId(), subscription.secretVersion());
        }
        delivery.subscribe(subscription, origin);
        return view(subscription.subscriptionId(), true, secret);
    }

    @Operation(summary = "The subscriptions not removed, optionally of one owner; a region's team sees its own, "
            + "an auditor sees no addresses")
    @GetMapping
    List<SubscriptionView> subscriptions(@RequestParam(required = false) @Nullable String owner, Caller caller) {
        String only = owner != null ? Owners.of(owner) : Actors.seesEveryOwner(caller) ? null : caller.region();
        if (only != null) {
            caller.authorize("read the subscriptions of " + only, Actors.mayRead(only));
        } else if (!Actors.seesEveryOwner(caller)) {
            throw new ForbiddenException(caller.describe() + " has no region whose subscriptions to read");
        }
        boolean addresses = Actors.seesAddresses(caller);
        return delivery.read(state -> state.subscriptions().active().stream()
                .filter(s -> only == null || s.owner().equals(only))
                .map(s -> SubscriptionView.of(s, state.subscriptions().addedAt(s.subscriptionId()).orElse(null),
                        addresses, null))
                .toList());
    }

    @Operation(summary = "Remove a subscription (204; 404 if unknown or removed)")
    @DeleteMapping("/{subscriptionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsubscribe(@PathVariable String subscriptionId, Caller caller) {
        String owner = delivery.read(state -> state.subscription(subscriptionId).owner());
        delivery.unsubscribe(subscriptionId,
                caller.authorize("manage the subscriptions of " + owner, Actors.mayManage(owner)));
    }

    @Operation(summary = "A new signing secret for a webhook (the old one no longer signs); shown this once")
    @PostMapping("/{subscriptionId}/rotate-secret")
    SubscriptionView rotateSecret(@PathVariable String subscriptionId, Caller caller) {
        String owner = delivery.read(state -> state.subscription(subscriptionId).owner());
        Subscription rotated = delivery.rotateSecret(subscriptionId,
                caller.authorize("manage the subscriptions of " + owner, Actors.mayManage(owner)));
        return view(subscriptionId, true, secrets.secret(subscriptionId, rotated.secretVersion()));
    }

    @ExceptionHandler(WebhookRefused.class)
    ProblemDetail refused(WebhookRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Webhook refused");
        return problem;
    }

    private SubscriptionView view(String subscriptionId, boolean withAddress, @Nullable String secret) {
        return delivery.read(state -> SubscriptionView.of(state.subscription(subscriptionId),
                state.subscriptions().addedAt(subscriptionId).orElse(null), withAddress, secret));
    }
}
