/**
 * The relay's own meters, beside what Micrometer and Boot measure (JVM, HTTP, Kafka clients): a core's state
 * and its rebuild, the lag of a service's consumer group, and the names every service's meters share. Tags
 * name topics, groups, stages, categories, channels and reasons, never a person (decision 0027).
 */
@NullMarked
package kz.civicrelay.platform.metrics;

import org.jspecify.annotations.NullMarked;
