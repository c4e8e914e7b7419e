package kz.civicrelay.forumctl.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerProcessTest {

    @TempDir
    Path folder;

    @Test
    void shouldRunTheNodeThroughSpringBootsLauncherFromForumctlsExecutableJar() throws IOException {
        Path jar = jar("forumctl-exec.jar", "org.springframework.boot.loader.launch.JarLauncher");

        assertThat(BrokerProcess.launcher(jar.toString())).containsExactly(
                "-Dloader.main=kz.civicrelay.platform.broker.KraftNodeMain", "-cp", jar.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher");
    }

    @Test
    void shouldRunTheNodeOnThisJvmsClassPathOtherwise() throws IOException {
        String classPath = folder.resolve("classes") + File.pathSeparator + folder.resolve("kafka.jar");
        Path plain = jar("surefirebooter.jar", "org.apache.maven.surefire.booter.ForkedBooter");

        assertThat(BrokerProcess.launcher(classPath))
                .containsExactly("-cp", classPath, "kz.civicrelay.platform.broker.KraftNodeMain");
        assertThat(BrokerProcess.launcher(plain.toString()))
                .containsExactly("-cp", plain.toString(), "kz.civicrelay.platform.broker.KraftNodeMain");
    }

    private Path jar(String name, String mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        Path jar = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
