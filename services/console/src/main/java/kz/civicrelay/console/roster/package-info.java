/**
 * A forum's people as the secretariat works with them, on the console's forum page: the delegations, the waitlist
 * in order and the lists to print, read from registration as the signed-in person (registration decides what they
 * may see: operators every region, a team its own).
 */
@NullMarked
package kz.civicrelay.console.roster;

import org.jspecify.annotations.NullMarked;
