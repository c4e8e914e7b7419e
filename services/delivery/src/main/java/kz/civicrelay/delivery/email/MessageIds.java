package kz.civicrelay.delivery.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code Message-ID} of the mail of one message to one subscription: the same for every attempt, so a mail
 * sent again after a crash is recognisably the same mail (mail clients and servers may drop the duplicate). A
 * hash of both ids, so neither needs to be a valid id-left part, and the address never shows.
 */
final class MessageIds {

    private MessageIds() {
    }

    /** {@code <relay.<32 hex>@<domain>>}. */
    static String of(String messageId, String subscriptionId, String domain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((messageId + "\n" + subscriptionId).getBytes(StandardCharsets.UTF_8));
            return "<relay." + HexFormat.of().formatHex(digest, 0, 16) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
