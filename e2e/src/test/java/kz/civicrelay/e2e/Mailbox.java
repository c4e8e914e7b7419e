package kz.civicrelay.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.forumctl.system.MailSettings;

/**
 * The mail catcher of a running relay (GreenMail, as {@code forumctl up} runs it), read as a test reads it: the
 * mails one address received, from its REST API ({@code GET /api/user/<address>/messages/}: subject decoded, the
 * whole MIME message in {@code mimeMessage}). IMAP at {@link #imapPort()} takes any user name and password.
 */
public final class Mailbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final MailSettings settings;

    public Mailbox(MailSettings settings) {
        this.settings = settings;
    }

    /** Where delivery sends: {@code localhost:<smtp port>}. */
    public int smtpPort() {
        return settings.smtpPort();
    }

    public int imapPort() {
        return settings.imapPort();
    }

    /** The catcher's web view and REST API, e.g. {@code http://localhost:8025}. */
    public String webUrl() {
        return settings.webUrl();
    }

    /** Every mail {@code address} received so far, oldest first; none if it received none. */
    public List<JsonNode> messages(String address) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(webUrl() + "/api/user/"
                            + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            List<JsonNode> messages = new ArrayList<>();
            if (response.statusCode() == 200) {
                JSON.readTree(response.body()).forEach(messages::add);
            }
            return messages; // GreenMail answers 400 for an address that has no mailbox yet
        } catch (IOException e) {
            throw new IllegalStateException("The mail catcher at " + webUrl() + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
