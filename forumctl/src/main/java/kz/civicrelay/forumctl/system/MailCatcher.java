package kz.civicrelay.forumctl.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The local mail catcher that {@code forumctl up} runs once (also on a cluster), so that the delivery service's
 * e-mails can be read without a real mail server: GreenMail standalone ({@link MailCatcherMain}), SMTP and IMAP
 * on loopback, any user name and password accepted, and its web view and REST API (e.g.
 * {@code GET /api/user/<address>/messages/}) for a browser. Its jar is the one the build copies to
 * {@value #JAR}. Ready when GreenMail's API says it runs. Mails live in its memory: a restart empties it.
 */
public final class MailCatcher extends ChildProcess {

    /** Where {@code ./mvnw package} puts GreenMail's standalone jar (forumctl's pom, maven-dependency-plugin). */
    public static final String JAR = "forumctl/target/mail-catcher/greenmail-standalone.jar";
    /** As {@code forumctl status} names it. */
    public static final String NAME = "mail-catcher";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path jar;
    private final MailSettings settings;
    private final long supervisorPid;

    /** The catcher of {@code settings}, which stops when this process is gone. */
    public MailCatcher(Path projectHome, MailSettings settings, Path logFile) {
        this(projectHome, settings, logFile, ProcessHandle.current().pid());
    }

    /** @param supervisorPid the process whose end stops the catcher (a test's stand-in for up) */
    MailCatcher(Path projectHome, MailSettings settings, Path logFile, long supervisorPid) {
        super(NAME, settings.smtpPort(), logFile);
        this.jar = jar(projectHome);
        this.settings = settings;
        this.supervisorPid = supervisorPid;
    }

    /** {@value #JAR} under the project folder. */
    public static Path jar(Path projectHome) {
        return projectHome.resolve(JAR);
    }

    public MailSettings settings() {
        return settings;
    }

    @Override
    public synchronized MailCatcher start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No GreenMail jar for the mail catcher at " + jar
                    + ": build first with ./mvnw package -DskipTests");
        }
        super.start();
        return this;
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx128m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
        command.addAll(BrokerProcess.launcher(System.getProperty("java.class.path", ""), MailCatcherMain.class.getName()));
        command.addAll(MailCatcherMain.arguments(jar, settings, supervisorPid));
        return command;
    }

    @Override
    protected boolean readyNow(long pid) {
        try {
            return readyAsync().get(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + name(), e);
        } catch (Exception e) {
            return false;
        }
    }

    /** True if GreenMail's API answers that the service runs (at most 2 s). */
    @Override
    public CompletableFuture<Boolean> readyAsync() {
        URI readiness = URI.create("http://" + MailSettings.CATCHER_HOST + ":" + settings.apiPort() + "/api/service/readiness");
        return HTTP.sendAsync(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() == 200)
                .exceptionally(e -> false);
    }

    @Override
    public MailCatcher awaitReady(Duration timeout) {
        super.awaitReady(timeout);
        return this;
    }
}
