/**
 * {@code forumctl tail}'s plain parts, testable without Kafka: which events it shows (the platform's {@code EventFilter}), where it
 * starts ({@link Since}) and how it prints them, one line in colour or not, as fields or a sentence in one language
 * ({@link EventText}, {@link SentenceLanguage}) or one JSON object
 * ({@link EventJson}).
 */
@NullMarked
package kz.civicrelay.forumctl.tail;

import org.jspecify.annotations.NullMarked;
