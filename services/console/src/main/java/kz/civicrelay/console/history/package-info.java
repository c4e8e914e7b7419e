/**
 * The console's history of the log with bounded memory (decision 0026): a compact index of every committed event
 * ({@link EventIndex}: where it lies, when, what, about which series, forum and regions, by whom, its id and cause)
 * instead of the events themselves; pages, an event's detail, a forum's timeline and a series' audit read the
 * records they show back from the log ({@link EventSource}). Plain Java: the Kafka side is the stream package's.
 */
@NullMarked
package kz.civicrelay.console.history;

import org.jspecify.annotations.NullMarked;
