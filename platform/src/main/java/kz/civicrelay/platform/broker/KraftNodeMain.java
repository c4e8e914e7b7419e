package kz.civicrelay.platform.broker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.civicrelay.platform.recovery.SupervisorWatch;
import kz.civicrelay.platform.security.KafkaCredentials;

/**
 * One node of a KRaft cluster (broker and controller) as its own process, started by {@code forumctl up
 * --cluster} (or a test) with the {@link #arguments arguments} of its {@link BrokerSettings}:
 * <pre>
 * java -cp … kz.civicrelay.platform.broker.KraftNodeMain --node-id=1 --cluster-id=… --voters=1@localhost:9093,…
 *     --host=localhost --port=9092 --controller-port=9093 --data=data/cluster/kafka-1 [--flush-each-write]
 *     [--set=key=value …] [--supervisor-pid=…] [--secured]
 * </pre>
 * With {@code --secured} (decision 0015) it reads every principal's password from its environment
 * ({@code RELAY_KAFKA_ADMIN_PASSWORD}, …: {@link KafkaCredentials#passwordEnvironment()}), never from its
 * command line, which anyone on the host may read.
 * It formats its log folder once, runs until SIGTERM (then it shuts down cleanly, handing its partitions'
 * leadership over) and stops as well when the supervisor's process is gone, however it went.
 */
public final class KraftNodeMain {

    private static final Logger log = LoggerFactory.getLogger(KraftNodeMain.class);

    private KraftNodeMain() {
    }

    /** What a node process is told: its settings, and whom it outlives not (0: no one). */
    record Launch(BrokerSettings settings, long supervisorPid) {
    }

    public static void main(String[] args) {
        Launch launch = parse(args);
        BrokerSettings settings = launch.settings();
        AtomicReference<KraftBroker> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            KraftBroker node = running.get();
            if (node != null) {
                log.info("Node {} stopping", settings.quorum().nodeId());
                node.close();
            }
        }, "kraft-node-shutdown"));
        if (launch.supervisorPid() > 0) {
            SupervisorWatch.exitWith(launch.supervisorPid());
        }
        KraftBroker node = KraftBroker.launch(settings);
        running.set(node);
        log.info("Node {} of {} started: clients at {}, controller at {}:{}, log in {} (pid {})",
                settings.quorum().nodeId(), settings.quorum().voters(), settings.bootstrapServers(), settings.host(),
                settings.controllerPort(), settings.dataDir().toAbsolutePath(), ProcessHandle.current().pid());
        node.awaitShutdown();
    }

    /** The command-line arguments that start node {@code settings} (a member of a cluster) with this main. */
    public static List<String> arguments(BrokerSettings settings, long supervisorPid) {
        Quorum quorum = settings.quorum();
        if (quorum.isAlone()) {
            throw new IllegalArgumentException("A node process is a member of a cluster; this one is alone");
        }
        List<String> args = new ArrayList<>(List.of("--node-id=" + quorum.nodeId(), "--cluster-id=" + quorum.clusterId(),
                "--voters=" + String.join(",", quorum.voters()), "--host=" + settings.host(), "--port=" + settings.port(),
                "--controller-port=" + settings.controllerPort(), "--data=" + settings.dataDir().toAbsolutePath()));
        if (settings.flushEachWrite()) {
            args.add("--flush-each-write");
        }
        settings.overrides().forEach((key, value) -> args.add("--set=" + key + "=" + value));
        if (supervisorPid > 0) {
            args.add("--supervisor-pid=" + supervisorPid);
        }
        if (settings.secured()) {
            args.add("--secured");
        }
        return args;
    }

    /** The reverse of {@link #arguments}; refuses an unknown or missing argument, naming it. */
    static Launch parse(String[] args) {
        return parse(args, System.getenv());
    }

    /** As {@link #parse(String[])}, the passwords of a {@code --secured} node read from {@code environment}. */
    static Launch parse(String[] args, Map<String, String> environment) {
        Map<String, String> named = new LinkedHashMap<>();
        Map<String, String> overrides = new HashMap<>();
        boolean flush = false;
        boolean secured = false;
        for (String arg : args) {
            if (arg.equals("--flush-each-write")) {
                flush = true;
                continue;
            }
            if (arg.equals("--secured")) {
                secured = true;
                continue;
            }
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("Not --name=value: " + arg);
            }
            String name = arg.substring(2, eq);
            String value = arg.substring(eq + 1);
            if (name.equals("set")) {
                int inner = value.indexOf('=');
                if (inner <= 0) {
                    throw new IllegalArgumentException("Not --set=key=value: " + arg);
                }
                overrides.put(value.substring(0, inner), value.substring(inner + 1));
            } else {
                named.put(name, value);
            }
        }
        List<String> known = List.of("node-id", "cluster-id", "voters", "host", "port", "controller-port", "data",
                "supervisor-pid");
        named.keySet().stream().filter(n -> !known.contains(n)).findFirst().ifPresent(n -> {
            throw new IllegalArgumentException("Unknown argument --" + n + " (known: " + known + ", --set, --flush-each-write, --secured)");
        });
        Quorum quorum = Quorum.member(Integer.parseInt(required(named, "node-id")),
                Arrays.asList(required(named, "voters").split(",")), required(named, "cluster-id"));
        BrokerSettings settings = new BrokerSettings(named.getOrDefault("host", "localhost"),
                Integer.parseInt(required(named, "port")), Integer.parseInt(required(named, "controller-port")),
                Path.of(required(named, "data")), flush, overrides, quorum,
                secured ? KafkaCredentials.fromEnvironment(environment) : null);
        return new Launch(settings, Long.parseLong(named.getOrDefault("supervisor-pid", "0")));
    }

    private static String required(Map<String, String> named, String name) {
        String value = named.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing --" + name + "=…");
        }
        return value;
    }
}
