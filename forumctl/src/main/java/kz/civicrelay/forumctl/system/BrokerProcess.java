package kz.civicrelay.forumctl.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.common.config.ConfigResource;
import org.jspecify.annotations.Nullable;

import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.broker.KraftNodeMain;

/**
 * One node of the relay's Kafka cluster (broker and controller) as its own JVM ({@link KraftNodeMain}),
 * run from this JVM's own classes: through Spring Boot's {@code PropertiesLauncher} when this is
 * forumctl's executable jar, else on this JVM's class path (tests). Ready when it answers requests itself
 * and the cluster counts it among its live brokers.
 */
public final class BrokerProcess extends ChildProcess {

    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
    private static final int ASK_MS = 2000;

    private final BrokerSettings settings;
    private final Object adminLock = new Object();
    private @Nullable Admin admin;

    public BrokerProcess(BrokerSettings settings, Path logFile) {
        super("kafka-" + settings.quorum().nodeId(), settings.port(), logFile);
        this.settings = settings;
    }

    public int nodeId() {
        return settings.quorum().nodeId();
    }

    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
        command.addAll(launcher(System.getProperty("java.class.path", "")));
        command.addAll(KraftNodeMain.arguments(settings, ProcessHandle.current().pid()));
        return command;
    }

    /** A secured node's passwords ({@link KraftNodeMain} reads them there); none for an unsecured one. */
    @Override
    protected Map<String, String> environment() {
        var credentials = settings.credentials();
        return credentials == null ? Map.of() : credentials.passwordEnvironment();
    }

    /** The JVM arguments that run {@link KraftNodeMain} with the classes of {@code classPath}. */
    static List<String> launcher(String classPath) {
        return launcher(classPath, KraftNodeMain.class.getName());
    }

    /** The JVM arguments that run {@code mainClass} with the classes of {@code classPath} (forumctl's own). */
    static List<String> launcher(String classPath, String mainClass) {
        if (isBootJar(classPath)) {
            return List.of("-Dloader.main=" + mainClass, "-cp", classPath, BOOT_LAUNCHER);
        }
        return List.of("-cp", classPath, mainClass);
    }

    /** True if the class path is one Spring Boot executable jar (forumctl-exec.jar run with java -jar). */
    private static boolean isBootJar(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            var manifest = jar.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            return main != null && main.startsWith("org.springframework.boot.loader.");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    protected boolean readyNow(long pid) {
        try {
            return readyAsync().get(3 * ASK_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking " + name(), e);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * True if the node answers a request of its own (its configuration, which only it serves) and the
     * cluster lists it among its live, unfenced brokers.
     */
    @Override
    public CompletableFuture<Boolean> readyAsync() {
        try {
            Admin asking = admin();
            var own = asking.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.BROKER,
                    String.valueOf(nodeId()))), new DescribeConfigsOptions().timeoutMs(ASK_MS)).all();
            var live = asking.describeCluster(new DescribeClusterOptions().timeoutMs(ASK_MS)).nodes();
            return own.toCompletionStage().toCompletableFuture()
                    .thenCombine(live.toCompletionStage(), (config, nodes) -> nodes.stream().anyMatch(n -> n.id() == nodeId()))
                    .exceptionally(e -> false);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(false);
        }
    }

    private Admin admin() {
        synchronized (adminLock) {
            Admin asking = admin;
            if (asking == null) {
                Map<String, Object> config = new java.util.HashMap<>(Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ASK_MS,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ASK_MS,
                        AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
                config.putAll(settings.adminClientProperties());
                asking = Admin.create(config);
                admin = asking;
            }
            return asking;
        }
    }

    /** SIGTERM: the node shuts down in a controlled way (its partitions' leadership handed over first). */
    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
        synchronized (adminLock) {
            Admin asking = admin;
            if (asking != null) {
                asking.close(Duration.ZERO);
                admin = null;
            }
        }
    }
}
