package kz.civicrelay.delivery.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import kz.civicrelay.delivery.domain.Message;
import kz.civicrelay.delivery.domain.Subscription;
import kz.civicrelay.delivery.send.Channel;
import kz.civicrelay.delivery.send.Outcome;
import kz.civicrelay.delivery.domain.DeliveryChannel;

/**
 * Delivers by signed webhook: one POST of the message as a CloudEvent ({@link CloudEventBody}), signed per
 * Standard Webhooks with the subscription's secret ({@link WebhookSignature}), within the timeout for the
 * connection and again for the answer. 2xx is delivered; 410 Gone a permanent failure (the receiver wants no
 * more); any other status, a timeout or a refused connection is retried. Redirects are not followed.
 */
public final class WebhookChannel implements Channel {

    private final WebhookSecrets secrets;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient http;

    public WebhookChannel(WebhookSecrets secrets, Clock clock, Duration timeout) {
        this.secrets = secrets;
        this.clock = clock;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public DeliveryChannel kind() {
        return DeliveryChannel.WEBHOOK;
    }

    @Override
    public Outcome send(Message message, Subscription subscription, int attempt) {
        return post(subscription.address(), message.messageId(), CloudEventBody.of(message, subscription),
                secrets.secretBytes(subscription.subscriptionId(), subscription.secretVersion()));
    }

    /**
     * Sends the verification ping a new webhook must accept (2xx) before it is subscribed, signed with the secret
     * it will have ({@code subscriptionId}, version 1).
     */
    public Outcome verify(String url, String subscriptionId, String owner) {
        String id = "verification-" + UUID.randomUUID();
        return post(url, id, CloudEventBody.verification(id, owner, clock.instant()),
                secrets.secretBytes(subscriptionId, 1));
    }

    private Outcome post(String url, String id, byte[] body, byte[] secret) {
        HttpRequest request;
        try {
            long timestamp = clock.instant().getEpochSecond();
            WebhookSignature signature = WebhookSignature.sign(secret, id, timestamp, body);
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", CloudEventBody.CONTENT_TYPE).header("webhook-id", signature.id())
                    .header("webhook-timestamp", Long.toString(signature.timestamp()))
                    .header("webhook-signature", signature.signature())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            return new Outcome.Failed("the webhook URL is not an http(s) URL with a host", true);
        }
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome.Accepted("HTTP " + status);
            }
            return status == 410 ? new Outcome.Failed("HTTP 410 Gone: the receiver wants no more deliveries", true)
                    : new Outcome.Failed("HTTP " + status, false);
        } catch (HttpTimeoutException e) {
            return new Outcome.Failed("timed out after " + readable(timeout), false);
        } catch (ConnectException e) {
            return new Outcome.Failed("connection refused", false);
        } catch (IOException e) {
            return new Outcome.Failed("could not reach the receiver (" + e.getClass().getSimpleName() + ")", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed("interrupted while sending (the service stopped)", false);
        }
    }

    static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
