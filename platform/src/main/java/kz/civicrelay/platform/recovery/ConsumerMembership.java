package kz.civicrelay.platform.recovery;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * How a service's consumers are members of their groups (decision 0012). The relay runs
 * {@code static} membership on the {@code classic} protocol; the others stay selectable
 * ({@code relay.consumer.membership}, {@code relay.consumer.protocol}) so the recovery benchmark can
 * measure them side by side.
 *
 * @param membership {@code static}: a restarted process rejoins under its {@code group.instance.id} and
 *                   gets its partitions back at once; {@code dynamic}: it joins as a new member, and the
 *                   killed one holds its partitions until its session expires
 * @param protocol   {@code classic}, or {@code consumer} (KIP-848: the broker assigns; the session timeout is
 *                   then the broker's {@code group.consumer.session.timeout.ms})
 */
public record ConsumerMembership(String membership, String protocol) {

    public ConsumerMembership {
        if (!membership.equals("static") && !membership.equals("dynamic")) {
            throw new IllegalArgumentException("relay.consumer.membership is static or dynamic, not " + membership);
        }
        if (!protocol.equals("classic") && !protocol.equals("consumer")) {
            throw new IllegalArgumentException("relay.consumer.protocol is classic or consumer, not " + protocol);
        }
    }

    /** Adjusts the consumer settings of {@code relay-platform.yml} to this membership and protocol. */
    public void applyTo(DefaultKafkaConsumerFactory<?, ?> factory) {
        if (membership.equals("dynamic")) {
            factory.removeConfig(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        }
        if (protocol.equals("consumer")) {
            factory.removeConfig(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG);
            factory.removeConfig(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG);
            factory.updateConfigs(Map.of(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer"));
        }
    }
}
