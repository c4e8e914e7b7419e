/** Scheduling's meters: the latency from a forum's completion to the next forum's preparation. */
@NullMarked
package kz.civicrelay.scheduling.metrics;

import org.jspecify.annotations.NullMarked;
