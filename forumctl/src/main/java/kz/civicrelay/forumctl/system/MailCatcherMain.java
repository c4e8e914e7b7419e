package kz.civicrelay.forumctl.system;

import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.civicrelay.platform.recovery.SupervisorWatch;

/**
 * The mail catcher as {@code forumctl up}'s child: GreenMail standalone (its own jar, loaded apart from forumctl's
 * classes so that neither's libraries meet the other's), told its ports as GreenMail's system properties, and
 * stopped when up is gone however up went, like every other child:
 * <pre>
 * java … MailCatcherMain --jar=forumctl/target/mail-catcher/greenmail-standalone.jar --host=127.0.0.1
 *     --smtp-port=3025 --imap-port=3143 --api-port=8025 [--supervisor-pid=…]
 * </pre>
 */
public final class MailCatcherMain {

    private static final String RUNNER = "com.icegreen.greenmail.standalone.GreenMailStandaloneRunner";

    private MailCatcherMain() {
    }

    /** The arguments that start the catcher of {@code settings} from {@code jar}. */
    static List<String> arguments(Path jar, MailSettings settings, long supervisorPid) {
        List<String> args = new ArrayList<>(List.of("--jar=" + jar.toAbsolutePath(), "--host=" + MailSettings.CATCHER_HOST,
                "--smtp-port=" + settings.smtpPort(), "--imap-port=" + settings.imapPort(),
                "--api-port=" + settings.apiPort()));
        if (supervisorPid > 0) {
            args.add("--supervisor-pid=" + supervisorPid);
        }
        return args;
    }

    /** GreenMail's settings for the named arguments: SMTP and IMAP on the host, its API server, any user accepted. */
    static Map<String, String> greenMailProperties(Map<String, String> named) {
        String host = named.getOrDefault("host", MailSettings.CATCHER_HOST);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("greenmail.smtp.hostname", host);
        properties.put("greenmail.smtp.port", require(named, "smtp-port"));
        properties.put("greenmail.imap.hostname", host);
        properties.put("greenmail.imap.port", require(named, "imap-port"));
        properties.put("greenmail.api.hostname", host);
        properties.put("greenmail.api.port", require(named, "api-port"));
        // Any user name and password: a mail to an address GreenMail has not seen yet creates its mailbox.
        properties.put("greenmail.auth.disabled", "true");
        return properties;
    }

    public static void main(String[] args) throws ReflectiveOperationException, MalformedURLException {
        Map<String, String> named = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            named.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        long supervisorPid = Long.parseLong(named.getOrDefault("supervisor-pid", "0"));
        if (supervisorPid > 0) {
            SupervisorWatch.exitWith(supervisorPid);
        }
        Path jar = Path.of(require(named, "jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No GreenMail jar at " + jar + ": build first with ./mvnw package -DskipTests");
        }
        greenMailProperties(named).forEach(System::setProperty);
        // Parent: the platform class loader (the JDK's modules only), not forumctl's classes and libraries.
        URLClassLoader greenMail = new URLClassLoader("greenmail", new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(greenMail);
        try {
            greenMail.loadClass(RUNNER).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        // GreenMail's servers run on their own threads from here on, until SIGTERM or the supervisor is gone.
    }

    private static String require(Map<String, String> named, String name) {
        String value = named.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + "= is missing");
        }
        return value;
    }
}
