package kz.civicrelay.forumctl.system;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * How a command says that nothing runs where it looks: one line naming the address and what to do,
 * within a few seconds, instead of a client retrying (and warning) for ever.
 */
public final class Reachability {

    public static final String START_HINT = "is the relay running? Start it with ./forumctl.sh up";
    private static final int BROKER_WAIT_MS = 4000;

    private Reachability() {
    }

    /** Returns if a Kafka broker answers at {@code bootstrapServers} within a few seconds; otherwise refuses. */
    public static void requireBroker(String bootstrapServers) {
        requireBroker(bootstrapServers, Map.of());
    }

    /**
     * As {@link #requireBroker(String)}, with {@code client} settings (a principal's SASL ones, decision 0015);
     * refuses in one line, too, when the broker refuses the credentials.
     */
    public static void requireBroker(String bootstrapServers, Map<String, Object> client) {
        Map<String, Object> config = new java.util.HashMap<>(client);
        config.putAll(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, BROKER_WAIT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, BROKER_WAIT_MS,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(BROKER_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.AuthenticationException refused) {
                throw new IllegalStateException("The Kafka broker at " + bootstrapServers + " refused these credentials ("
                        + refused.getMessage() + "): give --kafka-secrets, --kafka-config or --kafka-user (docs/other-clients.md)");
            }
            throw new IllegalStateException("No Kafka broker answers at " + bootstrapServers + ": " + START_HINT
                    + (client.isEmpty() ? " (a broker that requires SASL does not answer a client without it: "
                    + "give --kafka-secrets, --kafka-config or --kafka-user)" : ""));
        }
    }

    /** The one line for a request that could not be sent to {@code uri}. */
    public static IllegalStateException unreachable(URI uri, IOException e) {
        String where = uri.getScheme() + "://" + uri.getAuthority();
        if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException) {
            return new IllegalStateException("Nothing answers at " + where + " (" + uri.getPath() + "): " + START_HINT, e);
        }
        return new IllegalStateException("Cannot reach " + uri + ": "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
}
