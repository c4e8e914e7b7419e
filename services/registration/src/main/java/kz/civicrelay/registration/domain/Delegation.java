package kz.civicrelay.registration.domain;

/**
 * Membership of a region's delegation to a forum: the delegation's id (one per region and forum) and whether
 * this member heads it.
 */
public record Delegation(String delegationId, String regionCode, boolean head) {

    /** The id of {@code regionCode}'s delegation to {@code forumId}. */
    public static String idOf(String forumId, String regionCode) {
        return forumId + "/" + regionCode;
    }
}
