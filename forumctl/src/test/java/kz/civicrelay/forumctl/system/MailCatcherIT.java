package kz.civicrelay.forumctl.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.civicrelay.platform.broker.KraftBroker;

/**
 * The mail catcher as up runs it: GreenMail's jar that the build copied (forumctl/target/mail-catcher), started
 * through {@link MailCatcherMain} on free ports. A mail sent to its SMTP port, Kazakh subject and all, is read back
 * from its REST API; IMAP takes any user; and it stops when the process it was told to outlive not is gone.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class MailCatcherIT {

    private static final Path HOME = Path.of(System.getProperty("relay.home", "..")).toAbsolutePath().normalize();
    private static final String SUBJECT = "Эстафета өтті: Алматы → Жетісу";

    private final MailSettings settings = new MailSettings(null, KraftBroker.freePort(), KraftBroker.freePort(),
            KraftBroker.freePort());
    private Process supervisor;
    private MailCatcher catcher;

    @AfterEach
    void stop() {
        if (catcher != null) {
            catcher.close();
        }
        if (supervisor != null) {
            supervisor.destroyForcibly();
        }
    }

    @Test
    void keepsTheMailsItIsSentReadableOverRestAndImapAndStopsWhenItsSupervisorIsGone(@TempDir Path logs) throws Exception {
        supervisor = new ProcessBuilder("sleep", "600").start();
        catcher = new MailCatcher(HOME, settings, logs.resolve("mail-catcher.log"), supervisor.pid()).start();
        catcher.awaitReady(Duration.ofSeconds(60));

        send("relay@civic-relay.kz", "team-kz-75@example.kz", SUBJECT, "Сәлем, Алматы! Baton for KZ-19.");

        JsonNode messages = new ObjectMapper().readTree(get("/api/user/team-kz-75@example.kz/messages/"));
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).path("subject").asText()).isEqualTo(SUBJECT);
        assertThat(imapLogin("anyone", "any-password")).as("any user name and password").startsWith("a1 OK");

        long pid = catcher.pid();
        supervisor.destroyForcibly().waitFor();
        ProcessHandle.of(pid).map(ProcessHandle::onExit).orElseThrow().get(30, TimeUnit.SECONDS);
        assertThat(catcher.pid()).as("the catcher outlives not its supervisor").isNull();
    }

    @Test
    void isToldItsPortsAndToAcceptAnyUserOnLoopback() {
        var properties = MailCatcherMain.greenMailProperties(java.util.Map.of("smtp-port", "13025", "imap-port", "13143",
                "api-port", "18025"));

        assertThat(properties).containsEntry("greenmail.smtp.hostname", "127.0.0.1").containsEntry("greenmail.smtp.port", "13025")
                .containsEntry("greenmail.imap.port", "13143").containsEntry("greenmail.api.port", "18025")
                .containsEntry("greenmail.auth.disabled", "true");
    }

    /** A plain SMTP conversation; subject and body in UTF-8 (RFC 2047 and base64). */
    private void send(String from, String to, String subject, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", settings.smtpPort())) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            say(out, in, "HELO test", "250");
            say(out, in, "MAIL FROM:<" + from + ">", "250");
            say(out, in, "RCPT TO:<" + to + ">", "250");
            say(out, in, "DATA", "354");
            Base64.Encoder base64 = Base64.getEncoder();
            say(out, in, "From: " + from + "\r\nTo: " + to + "\r\nSubject: =?UTF-8?B?"
                    + base64.encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    + base64.encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\r\n.", "250");
            say(out, in, "QUIT", "221");
        }
    }

    private String imapLogin(String user, String password) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", settings.imapPort())) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            expect(in, "* OK");
            out.write(("a1 LOGIN " + user + " " + password + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line = in.readLine();
            while (line != null && line.startsWith("*")) {
                line = in.readLine();
            }
            return String.valueOf(line);
        }
    }

    private static void say(OutputStream out, BufferedReader in, String line, String expected) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        expect(in, expected);
    }

    /** Reads the reply (the last line of a multi-line one) and insists on its start. */
    private static void expect(BufferedReader in, String expected) throws IOException {
        String line = in.readLine();
        while (line != null && line.length() > 3 && line.charAt(3) == '-') {
            line = in.readLine();
        }
        assertThat(line).startsWith(expected);
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + settings.apiPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
