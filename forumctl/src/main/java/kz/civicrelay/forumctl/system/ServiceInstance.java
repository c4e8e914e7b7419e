package kz.civicrelay.forumctl.system;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One JVM of a relay service that {@code forumctl up} runs: the only one of its service, named as the
 * service; or, on a cluster, one of two: {@code <service>-a} on the service's port and {@code <service>-b}
 * on that port + 100, each with its own {@code relay.instance.id}. The console and the identity issuer always
 * run once.
 *
 * @param args what this instance is given beyond every service's settings
 */
public record ServiceInstance(RelayService service, String name, int port, List<String> args) {

    /** Instance {@code b} listens this far above instance {@code a}: 8181 … 8184. */
    public static final int SECOND_INSTANCE_OFFSET = 100;

    public ServiceInstance {
        args = List.copyOf(args);
    }

    /** One instance of every service, the console and the issuer, each named as its service. */
    public static List<ServiceInstance> onePerService(Map<RelayService, Integer> ports) {
        List<ServiceInstance> instances = new ArrayList<>();
        for (RelayService service : RelayService.values()) {
            instances.add(new ServiceInstance(service, service.serviceName(),
                    ports.getOrDefault(service, service.defaultPort()), List.of()));
        }
        return instances;
    }

    /**
     * Two instances of each service ({@code a}, {@code b}), one console and one issuer. {@code ports} names instances
     * ({@code scheduling-b}) or services ({@code scheduling}: instance {@code a}); an instance {@code b} not
     * named listens 100 above its {@code a}.
     */
    public static List<ServiceInstance> twoPerService(Map<String, Integer> ports) {
        Map<String, Integer> given = known(ports, true);
        List<ServiceInstance> instances = new ArrayList<>();
        for (RelayService service : RelayService.values()) {
            String name = service.serviceName();
            if (service.runsOnce()) {
                instances.add(new ServiceInstance(service, name, given.getOrDefault(name, service.defaultPort()), List.of()));
                continue;
            }
            int a = given.getOrDefault(name + "-a", given.getOrDefault(name, service.defaultPort()));
            int b = given.getOrDefault(name + "-b", a + SECOND_INSTANCE_OFFSET);
            instances.add(new ServiceInstance(service, name + "-a", a, List.of("--relay.instance.id=" + name + "-a")));
            instances.add(new ServiceInstance(service, name + "-b", b, List.of("--relay.instance.id=" + name + "-b")));
        }
        return instances;
    }

    /** {@code ports} by service, refusing the name of anything that is not one (instance names included). */
    public static Map<RelayService, Integer> byService(Map<String, Integer> ports) {
        Map<RelayService, Integer> byService = new EnumMap<>(RelayService.class);
        known(ports, false).forEach((name, port) -> {
            for (RelayService service : RelayService.values()) {
                if (service.serviceName().equals(name)) {
                    byService.put(service, port);
                }
            }
        });
        return byService;
    }

    /** The ports with lower-case names, once each name is known to be a service (or, with pairs, an instance). */
    private static Map<String, Integer> known(Map<String, Integer> ports, boolean pairs) {
        Set<String> names = new LinkedHashSet<>();
        for (RelayService service : RelayService.values()) {
            names.add(service.serviceName());
            if (pairs && !service.runsOnce()) {
                names.add(service.serviceName() + "-a");
                names.add(service.serviceName() + "-b");
            }
        }
        Map<String, Integer> known = new java.util.HashMap<>();
        ports.forEach((name, port) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!names.contains(lower)) {
                throw new IllegalArgumentException("No " + (pairs ? "service or instance" : "service") + " is named '"
                        + name + "' (known: " + String.join(", ", names) + ")");
            }
            known.put(lower, port);
        });
        return known;
    }
}
