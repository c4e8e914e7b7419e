package kz.civicrelay.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gate is wired into the build, not only correct as a class: a copy of the schemas module (with the root pom
 * and the Maven wrapper) builds to {@code process-classes}, offline, with the gate reporting every schema
 * compatible; after an incompatible change to a schema with kept versions, the same build fails naming it.
 */
class CompatibilityGateWiringIT {

    private static final String SCHEMA = "kz.civicrelay.events.ResolutionAdopted";
    private static final Path CHANGED = Path.of("schemas/src/main/avro/events/ResolutionAdopted.avsc");
    /** Its {@code resolutionId}, a string in every kept version. */
    private static final Pattern RESOLUTION_ID = Pattern.compile(
            "(\"name\"\\s*:\\s*\"resolutionId\"\\s*,\\s*\"type\"\\s*:\\s*)\"string\"");
    private static final long TIMEOUT_MINUTES = 10;

    private Path copy;

    @BeforeEach
    void copyTheSchemasBuild() throws IOException {
        Path root = Path.of(System.getProperty("relay.home", "..")).toAbsolutePath().normalize();
        copy = Files.createTempDirectory("schema-gate-");
        for (String part : List.of("pom.xml", ".mvn", "mvnw", "mvnw.cmd", "schemas/pom.xml", "schemas/history",
                "schemas/src")) {
            copyTree(root.resolve(part), copy.resolve(part));
        }
    }

    @AfterEach
    void deleteTheCopy() throws IOException {
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void shouldFailTheBuildNamingTheSchemaWhenAKeptSchemaChangesIncompatibly() throws Exception {
        Build unchanged = build();
        assertThat(unchanged.exitCode()).as("the unchanged copy builds:%n%s", unchanged.output()).isZero();
        assertThat(unchanged.output()).as("the gate ran on the unchanged copy").contains("FULL_TRANSITIVE compatible");

        Path schema = copy.resolve(CHANGED);
        String source = Files.readString(schema, StandardCharsets.UTF_8);
        Matcher field = RESOLUTION_ID.matcher(source);
        assertThat(field.find()).as("%s declares resolutionId as a string", CHANGED).isTrue();
        Files.writeString(schema, field.replaceFirst("$1\"long\""), StandardCharsets.UTF_8);
        Build broken = build();

        assertThat(broken.exitCode()).as("the build with the incompatible change:%n%s", broken.output()).isNotZero();
        assertThat(broken.output())
                .contains("compatibility-gate")
                .contains("Schema compatibility gate failed")
                .contains("Schema " + SCHEMA + " is not FULL_TRANSITIVE compatible")
                .contains("TYPE_MISMATCH");
    }

    /** {@code mvnw -o -f schemas/pom.xml process-classes} in the copy: offline, tests skipped, a small heap. */
    private Build build() throws IOException, InterruptedException {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> command = new ArrayList<>(List.of(copy.resolve(windows ? "mvnw.cmd" : "mvnw").toString(),
                "-o", "-B", "-q", "-ntp", "-f", "schemas/pom.xml", "process-classes", "-Dmaven.test.skip=true"));
        String localRepository = System.getProperty("relay.local-repository", "");
        if (!localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        Path log = copy.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(copy.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MAVEN_OPTS", "-Xmx256m");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_ARGS");
        Process maven = builder.start();
        if (!maven.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly().waitFor();
            throw new AssertionError("The schemas build did not finish in " + TIMEOUT_MINUTES + " minutes:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Build(maven.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                Path target = to.resolve(from.relativize(file).toString());
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private record Build(int exitCode, String output) {
    }
}
