/**
 * A service never outlives the {@code forumctl up} that started it (decision 0012). Fencing a
 * predecessor and readiness belong to the service core (decision 0014).
 */
@NullMarked
package kz.civicrelay.platform.recovery;

import org.jspecify.annotations.NullMarked;
