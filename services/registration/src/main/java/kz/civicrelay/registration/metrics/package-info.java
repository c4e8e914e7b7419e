/**
 * Registration's meters: seats given by participant category, places on the waitlist, and requests refused by
 * reason. Categories and reasons only: never a name, a contact or a participant id.
 */
@NullMarked
package kz.civicrelay.registration.metrics;

import org.jspecify.annotations.NullMarked;
