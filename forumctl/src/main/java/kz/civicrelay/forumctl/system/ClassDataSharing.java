package kz.civicrelay.forumctl.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Faster (re)starts of a service's JVM with an application class-data archive (JDK's AppCDS, as Spring
 * Boot documents it): the runnable jar is extracted once into {@code target/cds/<service>/}, a training
 * run loads the application context and exits ({@code spring.context.exit=onRefresh}: no listener starts,
 * nothing is decided), and the JVM dumps the classes it loaded. Later starts map them instead of loading
 * and verifying each again. An archive made from another build of the jar is not used; the jar runs as built.
 */
public final class ClassDataSharing {

    private static final String ARCHIVE = "application.jsa";
    /** The jar's modification time when it was extracted: the archive belongs to that build only. */
    private static final String SOURCE = "extracted-from";

    private ClassDataSharing() {
    }

    /** The JVM's arguments to run {@code jar}: from its archive when one is up to date, else the jar itself. */
    public static List<String> launch(RelayService service, Path jar) {
        Path archive = folder(service, jar).resolve(ARCHIVE);
        Path extracted = folder(service, jar).resolve(jar.getFileName());
        if (upToDate(folder(service, jar), jar) && Files.isRegularFile(extracted)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-jar", extracted.toString());
        }
        return List.of("-jar", jar.toString());
    }

    /** True if the service has an archive made from its jar as it is now. */
    public static boolean ready(RelayService service, Path jar) {
        return upToDate(folder(service, jar), jar);
    }

    /**
     * Extracts the jar and runs the training start against the running broker (its own transactional ids
     * and a free port, so the running service is not disturbed); true if an archive was written.
     */
    public static boolean train(RelayService service, Path jar, String bootstrapServers, Path logFile) {
        return train(service, jar, bootstrapServers, logFile, Map.of());
    }

    /** As {@link #train(RelayService, Path, String, Path)}, the training start given {@code environment} (its Kafka principal). */
    public static boolean train(RelayService service, Path jar, String bootstrapServers, Path logFile,
            Map<String, String> environment) {
        Path folder = folder(service, jar);
        Path archive = folder.resolve(ARCHIVE);
        try {
            deleteRecursively(folder);
            Files.createDirectories(folder);
            String built = String.valueOf(Files.getLastModifiedTime(jar).toMillis());
            if (run(List.of(ServiceProcess.javaExecutable(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                    "--force", "--destination", folder.toString()), logFile) != 0) {
                return false;
            }
            Files.writeString(folder.resolve(SOURCE), built);
            List<String> training = new ArrayList<>(List.of(ServiceProcess.javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off", "-Dspring.context.exit=onRefresh", "-Dfile.encoding=UTF-8", "-jar",
                    folder.resolve(jar.getFileName()).toString(), "--server.port=0",
                    "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                    // ids of its own, apart from the running pool's, yet within the prefix the service's Kafka
                    // principal may use (<service>-tx-*, decision 0015)
                    "--spring.kafka.producer.transaction-id-prefix=" + service.serviceName() + "-tx-cds-training-",
                    "--relay.supervisor.pid=" + ProcessHandle.current().pid()));
            if (!environment.isEmpty()) {
                training.add("--relay.topics.create=false");
            }
            return run(training, logFile, environment) == 0 && Files.isRegularFile(archive);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the class-data archive of " + service.serviceName(), e);
        }
    }

    private static int run(List<String> command, Path logFile) throws IOException {
        return run(command, logFile, Map.of());
    }

    private static int run(List<String> command, Path logFile, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Path folder(RelayService service, Path jar) {
        return jar.toAbsolutePath().resolveSibling("cds").resolve(service.serviceName());
    }

    /** True if the folder holds an archive made from the jar as it is now (not from an earlier build). */
    private static boolean upToDate(Path folder, Path jar) {
        try {
            return Files.isRegularFile(folder.resolve(ARCHIVE)) && Files.isRegularFile(folder.resolve(SOURCE))
                    && Files.readString(folder.resolve(SOURCE)).strip()
                            .equals(String.valueOf(Files.getLastModifiedTime(jar).toMillis()));
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
