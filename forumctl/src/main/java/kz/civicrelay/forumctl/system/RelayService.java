package kz.civicrelay.forumctl.system;

import java.nio.file.Path;

/** The relay's services and its console, their default ports and where the build puts their runnable jars. */
public enum RelayService {
    SCHEDULING("scheduling", 8081),
    REGISTRATION("registration", 8082),
    RESOLUTION("resolution", 8083),
    HANDOFF("handoff", 8084),
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

    /** {@code services/<name>/target/<name>-exec.jar} under the project folder. */
    public Path jar(Path projectHome) {
        return projectHome.resolve("services").resolve(serviceName).resolve("target").resolve(serviceName + "-exec.jar");
    }
}
