package kz.civicrelay.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import kz.civicrelay.forumctl.demo.RelayApi;
import kz.civicrelay.platform.testing.QrCodes;

/**
 * The confirmation a person gets by e-mail, as the door sees it: the demo's first participant of a forum gave an
 * e-mail address; the mail catcher holds delivery's confirmation with her check-in QR code, and that code, read from
 * the image as a scanner would, lets her in at registration's door.
 */
final class ConfirmationMail {

    private ConfirmationMail() {
    }

    static void assertTheFirstParticipantIsConfirmedAndLetIn(RunningRelay relay, String forumId) throws Exception {
        String hostCode = forumId.substring(forumId.length() - 5).toUpperCase(Locale.ROOT);
        String address = "aigul." + hostCode.toLowerCase(Locale.ROOT) + "@demo.civicrelay.kz";
        Mailbox mailbox = relay.mailbox();
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.messages(address).isEmpty());
        List<JsonNode> mails = mailbox.messages(address);
        assertThat(mails).as("one confirmation to " + address).hasSize(1);
        String mime = mails.get(0).path("mimeMessage").asText();
        assertThat(mails.get(0).path("subject").asText()).startsWith("Тіркеуіңіз расталды — ");

        String code = QrCodes.read(inlineImage(mime, "<check-in-qr>"));
        assertThat(code).startsWith("civicrelay:checkin:" + forumId + ":");

        RelayApi api = new RelayApi(relay.operator()::bearer);
        RelayApi.Reply letIn = api.expect(200, relay.endpoints.registration() + "/api/forums/" + forumId + "/check-in",
                Map.of("code", code));
        assertThat(letIn.body().path("fullName").asText()).isEqualTo("Айгүл Серікқызы");
    }

    /** The bytes of the MIME part with that Content-ID (base64, as JavaMail writes an image). */
    private static byte[] inlineImage(String mime, String contentId) {
        String[] lines = mime.split("\r?\n");
        int at = 0;
        while (at < lines.length && !lines[at].equalsIgnoreCase("Content-ID: " + contentId)) {
            at++;
        }
        assertThat(at).as("a part with Content-ID " + contentId).isLessThan(lines.length);
        while (!lines[at].isEmpty()) {
            at++; // the rest of the part's headers
        }
        StringBuilder base64 = new StringBuilder();
        for (at++; at < lines.length && !lines[at].startsWith("--"); at++) {
            base64.append(lines[at].strip());
        }
        return Base64.getDecoder().decode(base64.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
