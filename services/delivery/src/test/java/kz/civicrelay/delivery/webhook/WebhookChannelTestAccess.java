package kz.civicrelay.delivery.webhook;

/** The webhook tests' independent Standard Webhooks check, for tests in other packages. */
public final class WebhookChannelTestAccess {

    private WebhookChannelTestAccess() {
    }

    public static String signature(String whsec, Receiver.Request request) throws Exception {
        return WebhookChannelTest.independentSignature(whsec, request);
    }
}
