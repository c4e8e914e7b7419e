package kz.civicrelay.handoff.application;

/**
 * Why events are written: a person's command, a reaction to another event, or the service's own
 * timer. The adapters know what is inside; the use cases only pass it on.
 */
public interface Origin {
}
