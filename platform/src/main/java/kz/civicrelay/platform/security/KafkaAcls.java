package kz.civicrelay.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import kz.civicrelay.platform.topics.RelayTopic;
import kz.civicrelay.platform.topics.TopicsConfiguration;

/**
 * What each principal may do, as Kafka ACLs: the one list, made from {@link RelayTopic}'s producers and
 * readers (the constants the services' cores check themselves against at start), so it cannot drift from
 * what the services do. With {@code allow.everyone.if.no.acl.found=false}, whatever is not here is refused;
 * {@link KafkaPrincipal#ADMIN} is a super user and needs none.
 * <ul>
 * <li>a service writes and reads its own topics (reads them to rebuild) and their dead-letter topics (a bad
 * own record is set aside once, after reading what is there); reads the topics it reacts to and writes their
 * dead-letter topics; reads {@code relay.leases} (its lease is a commit there); uses consumer groups
 * {@code <service>-*} and transactional ids {@code <service>-tx-*} (its pool, fenced by the admin API);</li>
 * <li>the console reads every relay topic and dead-letter topic; the auditor every one without personal data, and
 * writes its checkpoints to {@code relay.audit} (transactional ids {@code auditor-tx-*});
 * each has the groups {@code <name>-*}, should a reader want one.</li>
 * </ul>
 * Topics are created and corrected by the admin ({@code forumctl up}, the compose file's setup), not by the
 * services, which then need neither CREATE nor ALTER_CONFIGS.
 */
public final class KafkaAcls {

    private KafkaAcls() {
    }

    /** The transactional-id prefix of a service's pool ({@code spring.kafka.producer.transaction-id-prefix}). */
    public static String transactionalIdPrefix(KafkaPrincipal service) {
        return service.userName() + "-tx-";
    }

    /** The consumer-group prefix of a principal ({@code handoff-lease}, {@code handoff-reactions}). */
    public static String groupPrefix(KafkaPrincipal principal) {
        return principal.userName() + "-";
    }

    /** Every ACL of the relay. */
    public static List<AclBinding> all() {
        List<AclBinding> all = new ArrayList<>();
        for (KafkaPrincipal principal : KafkaPrincipal.values()) {
            all.addAll(of(principal));
        }
        return all;
    }

    /** The ACLs of one principal (none for the super user). */
    public static List<AclBinding> of(KafkaPrincipal principal) {
        List<AclBinding> acls = new ArrayList<>();
        switch (principal) {
            case ADMIN -> {
                return List.of();
            }
            case CONSOLE, AUDITOR -> {
                for (String topic : readableBy(principal)) {
                    acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
                }
                if (principal == KafkaPrincipal.AUDITOR) {
                    for (String name : List.of(RelayTopic.AUDIT.topicName(), RelayTopic.AUDIT.deadLetterTopicName())) {
                        acls.add(allow(principal, ResourceType.TOPIC, name, PatternType.LITERAL, AclOperation.WRITE));
                    }
                    acls.add(allow(principal, ResourceType.TRANSACTIONAL_ID, transactionalIdPrefix(principal),
                            PatternType.PREFIXED, AclOperation.WRITE));
                }
            }
            default -> {
                String service = principal.userName();
                for (RelayTopic topic : RelayTopic.values()) {
                    if (topic.producer().equals(service)) {
                        for (String name : List.of(topic.topicName(), topic.deadLetterTopicName())) {
                            acls.add(allow(principal, ResourceType.TOPIC, name, PatternType.LITERAL, AclOperation.WRITE));
                            acls.add(allow(principal, ResourceType.TOPIC, name, PatternType.LITERAL, AclOperation.READ));
                        }
                    } else if (topic.readers().contains(service)) {
                        acls.add(allow(principal, ResourceType.TOPIC, topic.topicName(), PatternType.LITERAL,
                                AclOperation.READ));
                        acls.add(allow(principal, ResourceType.TOPIC, topic.deadLetterTopicName(), PatternType.LITERAL,
                                AclOperation.WRITE));
                    }
                }
                acls.add(allow(principal, ResourceType.TOPIC, TopicsConfiguration.LEASES, PatternType.LITERAL,
                        AclOperation.READ));
                acls.add(allow(principal, ResourceType.TRANSACTIONAL_ID, transactionalIdPrefix(principal),
                        PatternType.PREFIXED, AclOperation.WRITE));
            }
        }
        acls.add(allow(principal, ResourceType.GROUP, groupPrefix(principal), PatternType.PREFIXED, AclOperation.READ));
        return acls;
    }

    /**
     * The topics the console or the auditor may read: every relay topic and dead-letter topic; the auditor not the
     * teams' contact addresses (relay.subscriptions: no check needs them). The auditor reads relay.registration, names
     * included, to check registrations against capacity and that nobody registered twice; its reports name no one
     * (decision 0025).
     */
    public static Set<String> readableBy(KafkaPrincipal reader) {
        Set<String> topics = new LinkedHashSet<>();
        for (RelayTopic topic : RelayTopic.values()) {
            if (reader == KafkaPrincipal.AUDITOR && topic == RelayTopic.SUBSCRIPTIONS) {
                continue;
            }
            topics.add(topic.topicName());
            topics.add(topic.deadLetterTopicName());
        }
        return topics;
    }

    /**
     * Refuses a service whose own or upstream topics, or transactional-id prefix, are not what this list grants
     * its principal: it would be refused by the broker at its first write or read, far from the cause. Services
     * without a principal of their own (tests' services) are not checked.
     *
     * @param transactionIdPrefix the configured {@code spring.kafka.producer.transaction-id-prefix}; null: none
     */
    public static void requireGranted(String service, List<RelayTopic> own, List<RelayTopic> upstream,
            @org.jspecify.annotations.Nullable String transactionIdPrefix) {
        var principal = KafkaPrincipal.ofService(service).filter(KafkaPrincipal::isWritingService);
        if (principal.isEmpty()) {
            return;
        }
        for (RelayTopic topic : own) {
            if (!topic.producer().equals(service)) {
                throw new IllegalStateException(service + " writes " + topic.topicName() + ", which RelayTopic says "
                        + topic.producer() + " alone writes: its Kafka principal may not (decision 0015)");
            }
        }
        for (RelayTopic topic : upstream) {
            if (!topic.readers().contains(service)) {
                throw new IllegalStateException(service + " reacts to " + topic.topicName() + ", but RelayTopic does not "
                        + "list it among the topic's readers: its Kafka principal may not read it (decision 0015)");
            }
        }
        String granted = transactionalIdPrefix(principal.get());
        if (transactionIdPrefix != null && !transactionIdPrefix.startsWith(granted)) {
            throw new IllegalStateException(service + "'s transactional ids start with " + transactionIdPrefix
                    + "; its Kafka principal may use only " + granted + "* (decision 0015)");
        }
    }

    private static AclBinding allow(KafkaPrincipal principal, ResourceType type, String name, PatternType pattern,
            AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal.principal(), "*", operation, AclPermissionType.ALLOW));
    }
}
