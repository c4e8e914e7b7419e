package kz.civicrelay.platform.broker;

import java.util.List;

/**
 * The KRaft quorum a node votes in: {@link #alone()}, the only voter (the embedded default), or
 * {@link #member one of the voters} of a cluster, every node formatted with the same cluster id. Every
 * voter is also a broker ({@code process.roles=broker,controller}), so the voters are the replicas.
 *
 * @param nodeId    this node's {@code node.id}
 * @param voters    every voter as {@code id@host:controllerPort}; empty when the node is alone
 * @param clusterId what every node of the cluster is formatted with; empty when alone (a new one at format)
 */
public record Quorum(int nodeId, List<String> voters, String clusterId) {

    public Quorum {
        voters = List.copyOf(voters);
        if (!voters.isEmpty() && voters.stream().noneMatch(v -> v.startsWith(nodeId + "@"))) {
            throw new IllegalArgumentException("Node " + nodeId + " is not one of the voters " + voters);
        }
        if (!voters.isEmpty() && clusterId.isBlank()) {
            throw new IllegalArgumentException("The nodes of a cluster share one cluster id; none given");
        }
    }

    /** One node, the only voter, with a cluster id of its own made when its log is formatted. */
    public static Quorum alone() {
        return new Quorum(1, List.of(), "");
    }

    /** Node {@code nodeId} of a cluster of {@code voters}, formatted (once) with {@code clusterId}. */
    public static Quorum member(int nodeId, List<String> voters, String clusterId) {
        return new Quorum(nodeId, voters, clusterId);
    }

    public boolean isAlone() {
        return voters.isEmpty();
    }

    /** Copies of each partition: one per node, at most three. */
    public short replicationFactor() {
        return (short) Math.min(3, Math.max(1, voters.size()));
    }

    /** Copies that must hold a write before it is acknowledged ({@code acks=all}): all but one, at least one. */
    public short minInsyncReplicas() {
        return (short) Math.max(1, replicationFactor() - 1);
    }
}
