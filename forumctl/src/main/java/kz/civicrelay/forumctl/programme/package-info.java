/**
 * {@code forumctl programme}, {@code forumctl plan edit} and {@code forumctl calendar}: a forum's programme, edits of
 * a forum's plan before the baton reaches it, and the iCalendar feeds (decision 0018).
 */
@NullMarked
package kz.civicrelay.forumctl.programme;

import org.jspecify.annotations.NullMarked;
