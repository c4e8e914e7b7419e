package kz.civicrelay.platform.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every Kafka user of the relay (decision 0015). Each service is its own principal, so the broker, not the
 * services' good manners, keeps one service from writing another's topic. {@link #ADMIN} is the brokers'
 * own (inter-broker, controller) and {@code forumctl up}'s, the only super user; {@link #CONSOLE} and
 * {@link #AUDITOR} only read.
 */
public enum KafkaPrincipal {

    ADMIN,
    SCHEDULING,
    REGISTRATION,
    RESOLUTION,
    HANDOFF,
    DELIVERY,
    CONSOLE,
    AUDITOR;

    /** The SCRAM user name: {@code admin}, {@code scheduling}, … (a service's is its {@code spring.application.name}). */
    public String userName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As ACLs and {@code super.users} name it: {@code User:scheduling}. */
    public String principal() {
        return "User:" + userName();
    }

    /**
     * The key of this principal's password in the credentials file and in an environment (e.g. a compose
     * env file): {@code RELAY_KAFKA_SCHEDULING_PASSWORD}.
     */
    public String passwordKey() {
        return "RELAY_KAFKA_" + name() + "_PASSWORD";
    }

    /** True for the five services that decide and write (each its own topics only). */
    public boolean isWritingService() {
        return this == SCHEDULING || this == REGISTRATION || this == RESOLUTION || this == HANDOFF
                || this == DELIVERY;
    }

    /** The principal a relay service runs as, by its name ({@code handoff}); empty for a name that has none. */
    public static Optional<KafkaPrincipal> ofService(String serviceName) {
        return Arrays.stream(values()).filter(p -> p != ADMIN && p != AUDITOR && p.userName().equals(serviceName))
                .findFirst();
    }
}
