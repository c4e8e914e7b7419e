package kz.civicrelay.handoff.domain;

/** A forum of the plan as the baton sees it: where it is held and its place in the relay. */
public record HostForum(String forumId, String regionCode, int position) {
}
