package kz.civicrelay.platform.security;

import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * The client settings of a relay principal: SASL over the plain listener ({@code SASL_PLAINTEXT}) with
 * SCRAM-SHA-256, so the password never crosses the wire (the challenge-response proves it). PLAIN is only
 * for the brokers' controller listener, where KRaft cannot use SCRAM (its credentials live in the metadata
 * the controllers serve).
 */
public final class SaslClient {

    public static final String PROTOCOL = "SASL_PLAINTEXT";
    public static final String SCRAM = "SCRAM-SHA-256";
    public static final String PLAIN = "PLAIN";
    /** The environment a relay service is given its principal in ({@code relay-platform.yml} maps them). */
    public static final String USERNAME_ENV = "RELAY_KAFKA_USERNAME";
    public static final String PASSWORD_ENV = "RELAY_KAFKA_PASSWORD";
    public static final String PROTOCOL_ENV = "RELAY_KAFKA_SECURITY_PROTOCOL";

    private SaslClient() {
    }

    /** {@code security.protocol}, {@code sasl.mechanism} SCRAM-SHA-256 and its JAAS line, for any Kafka client. */
    public static Map<String, Object> scram(String user, String password) {
        return of(SCRAM, scramJaas(user, password));
    }

    /** As {@link #scram}, with PLAIN (where no SCRAM credential exists yet: docker-compose's first start). */
    public static Map<String, Object> plain(String user, String password) {
        return of(PLAIN, plainJaas(user, password, false));
    }

    public static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + quoted(user)
                + "\" password=\"" + quoted(password) + "\";";
    }

    /** With {@code asServer}, the broker also accepts this one user (and only it) by PLAIN. */
    public static String plainJaas(String user, String password, boolean asServer) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + quoted(user)
                + "\" password=\"" + quoted(password) + "\"" + (asServer ? " user_" + user + "=\"" + quoted(password) + "\"" : "")
                + ";";
    }

    private static Map<String, Object> of(String mechanism, String jaas) {
        return Map.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, PROTOCOL, SaslConfigs.SASL_MECHANISM, mechanism,
                SaslConfigs.SASL_JAAS_CONFIG, jaas);
    }

    private static String quoted(String value) {
        if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("A Kafka user name or password must not hold quotes or backslashes");
        }
        return value;
    }
}
