package kz.civicrelay.platform.topics;

import java.util.Set;

/**
 * The relay's event topics. Each has exactly one producing service; the key of every record is the
 * forum id (for notifications: the recipient region code), so each forum's history stays in order.
 */
public enum RelayTopic {

    SCHEDULING("relay.scheduling", "scheduling", Set.of("registration", "resolution", "handoff"), false),
    /**
     * Holds participants' names and organisations ({@code ParticipantRegistered}): personal data (decision 0015).
     * Handoff reads it for the handoff package and keeps counts only (registered, and per category, by
     * registration id): never a name, an organisation or anything else that names a person. Delivery reads it to
     * tell a person on a waitlist who gave an e-mail address that they were promoted, and keeps only that address
     * and their languages.
     */
    REGISTRATION("relay.registration", "registration", Set.of("handoff", "delivery"), true),
    RESOLUTION("relay.resolution", "resolution", Set.of("scheduling", "handoff"), false),
    HANDOFF("relay.handoff", "handoff", Set.of("scheduling", "delivery"), false),
    NOTIFICATIONS("relay.notifications", "handoff", Set.of("delivery"), false),
    /** Each attempt to deliver a notification by e-mail or webhook, and its outcome (key: notification id). */
    DELIVERY("relay.delivery", "delivery", Set.of(), false),
    /**
     * The regional teams' e-mail addresses and webhook URLs ({@code DeliverySubscriptionAdded}): personal data,
     * kept apart from the outcomes so that auditors read those. Never holds a webhook secret.
     */
    SUBSCRIPTIONS("relay.subscriptions", "delivery", Set.of(), true),
    /**
     * The auditors' checkpoints of the log ({@code AuditCheckpoint}): per topic-partition a signed Merkle tree head
     * and its leaf hashes (issue 14). Written by the auditor's principal ({@code forumctl audit --checkpoint}), never
     * by a service.
     */
    AUDIT("relay.audit", "auditor", Set.of(), false);

    /** Suffix of the dead-letter topic that holds what a listener of the topic could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private final String topicName;
    private final String producer;
    private final Set<String> readers;
    private final boolean personalData;

    RelayTopic(String topicName, String producer, Set<String> readers, boolean personalData) {
        this.topicName = topicName;
        this.producer = producer;
        this.readers = readers;
        this.personalData = personalData;
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

    /**
     * The other services that react to this topic (their {@code Upstream}): each may read it and write its
     * dead-letter topic, and no other service may (the Kafka ACLs are made from this, decision 0015). A
     * service's core refuses to start with an upstream topic that does not list it here.
     */
    public Set<String> readers() {
        return readers;
    }

    /**
     * True if its events name people (participants' names and organisations, teams' addresses): read only by its
     * producer, the services that need a part of it, the console (which redacts them for roles that may not see them)
     * and, for registrations, the auditor (decision 0025).
     */
    public boolean holdsPersonalData() {
        return personalData;
    }
}
