package kz.civicrelay.forumctl.system;

import java.nio.file.Path;

/**
 * The relay's services, its console and the embedded default's identity issuer, their default ports and where
 * the build puts their runnable jars. In start order: the issuer first, so that the services find it.
 */
public enum RelayService {
    /**
     * The embedded default's OpenID Connect issuer (decision 0015): signs the tokens the services accept. It
     * reads no Kafka; it runs once, also on a cluster.
     */
    IDENTITY("identity", 9000),
    SCHEDULING("scheduling", 8081),
    REGISTRATION("registration", 8082),
    RESOLUTION("resolution", 8083),
    HANDOFF("handoff", 8084),
    /**
     * Delivers the regional teams' notifications by e-mail and signed webhooks, from the log; after handoff, whose
     * notifications it reads. It sends mail through {@code spring.mail.host}/{@code port} (up's mail catcher).
     */
    DELIVERY("delivery", 8085),
    /** The operators' console (web): live stream, relay track, forum pages, audit. It only reads the log. */
    CONSOLE("console", 8080);

    private final String serviceName;
    private final int defaultPort;

    RelayService(String serviceName, int defaultPort) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
    }

    public String serviceName() {
        return serviceName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** True for the console and the issuer, which run once even when each service runs twice ({@code --cluster}). */
    public boolean runsOnce() {
        return this == CONSOLE || this == IDENTITY;
    }

    /** {@code services/<name>/target/<name>-exec.jar} under the project folder. */
    public Path jar(Path projectHome) {
        return projectHome.resolve("services").resolve(serviceName).resolve("target").resolve(serviceName + "-exec.jar");
    }
}
