/**
 * The handoff's meters: batons passed, the latency from completion to baton, and where the baton is in each
 * series. Ids and positions only, never a person.
 */
@NullMarked
package kz.civicrelay.handoff.metrics;

import org.jspecify.annotations.NullMarked;
