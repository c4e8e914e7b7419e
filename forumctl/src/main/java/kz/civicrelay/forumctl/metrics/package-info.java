/**
 * The relay's own meters as an operator reads them in a terminal ({@code forumctl metrics}): every service's
 * {@code /actuator/prometheus} read with the signed-in session, Prometheus' text format parsed, and the {@code relay_*}
 * meters summed up per service: batons, handoff latency, registrations, notifications, dead letters, consumer lag and
 * the state's rebuild (decision 0027).
 */
@NullMarked
package kz.civicrelay.forumctl.metrics;

import org.jspecify.annotations.NullMarked;
