package kz.civicrelay.forumctl.system;

import java.nio.file.Path;

/** The relay's services, their default ports and where the build puts their runnable jars. */
public enum RelayService {
    SCHEDULING("scheduling", 8081),
    REGISTRATION("registration", 8082),
    RESOLUTION("resolution", 8083),
    HANDOFF("handoff", 8084);

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
