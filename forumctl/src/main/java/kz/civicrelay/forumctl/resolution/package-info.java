/**
 * {@code forumctl resolution} and {@code forumctl followup}: a forum's resolution as the editorial group drafts it
 * (revisions, word diffs, kind, merge, order), the plenary adopts it (votes item by item and on the whole text) and
 * operators and regional teams follow it up (reports, the series-wide table, what earlier forums left open); the
 * resolution service's API, as the signed-in user.
 */
@NullMarked
package kz.civicrelay.forumctl.resolution;

import org.jspecify.annotations.NullMarked;
