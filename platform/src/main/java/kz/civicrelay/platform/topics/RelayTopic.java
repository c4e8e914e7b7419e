package kz.civicrelay.platform.topics;

/**
 * The relay's event topics. Each has exactly one producing service; the key of every record is the
 * forum id (for notifications: the recipient region code), so each forum's history stays in order.
 */
public enum RelayTopic {

    SCHEDULING("relay.scheduling", "scheduling"),
    REGISTRATION("relay.registration", "registration"),
    RESOLUTION("relay.resolution", "resolution"),
    HANDOFF("relay.handoff", "handoff"),
    NOTIFICATIONS("relay.notifications", "handoff");

    /** Suffix of the dead-letter topic that holds what a listener of the topic could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private final String topicName;
    private final String producer;

    RelayTopic(String topicName, String producer) {
        this.topicName = topicName;
        this.producer = producer;
    }

    public String topicName() {
        return topicName;
    }

    public String deadLetterTopicName() {
        return topicName + DEAD_LETTER_SUFFIX;
    }

    /** The only service that writes to this topic. */
    public String producer() {
        return producer;
    }
}
