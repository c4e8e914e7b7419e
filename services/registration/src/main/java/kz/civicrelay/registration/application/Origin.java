package kz.civicrelay.registration.application;

/**
 * Why events are written: a person's command or a reaction to another event. The adapters know
 * what is inside (who acted, which event caused it); the use cases only pass it on.
 */
public interface Origin {
}
