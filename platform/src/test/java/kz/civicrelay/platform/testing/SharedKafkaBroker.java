package kz.civicrelay.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import kz.civicrelay.platform.broker.BrokerSettings;
import kz.civicrelay.platform.broker.KraftBroker;

/**
 * One real KRaft broker for the whole test JVM, started on first use and stopped when JUnit closes
 * the root context. Its log lives under {@code target/}, so {@code mvn clean} removes it.
 * Use with {@code @ExtendWith(SharedKafkaBroker.class)}; read the address from {@link #bootstrapServers()}.
 */
public final class SharedKafkaBroker implements BeforeAllCallback {

    private static volatile KraftBroker broker;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedKafkaBroker.class, key -> new Running(start()), Running.class);
        // Spring Boot tests in this JVM talk to it without each declaring a @DynamicPropertySource.
        System.setProperty("spring.kafka.bootstrap-servers", bootstrapServers());
    }

    public static String bootstrapServers() {
        if (broker == null) {
            throw new IllegalStateException("SharedKafkaBroker has not started: add @ExtendWith(SharedKafkaBroker.class)");
        }
        return broker.bootstrapServers();
    }

    private static synchronized KraftBroker start() {
        if (broker == null) {
            try {
                Path target = Path.of("target");
                Files.createDirectories(target);
                broker = KraftBroker.start(BrokerSettings.onFreePorts(Files.createTempDirectory(target, "kafka-it-")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return broker;
    }

    private record Running(KraftBroker running) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            running.close();
            broker = null;
        }
    }
}
