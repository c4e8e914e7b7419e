/**
 * A regional team's notifications in the console, and its acknowledgement of the baton, made at the handoff
 * service as the signed-in person.
 */
@NullMarked
package kz.civicrelay.console.inbox;

import org.jspecify.annotations.NullMarked;
