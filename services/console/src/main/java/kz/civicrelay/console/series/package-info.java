/**
 * An operator's acts on a whole series in the console (suspend, resume, close early), made at the scheduling service
 * as the signed-in person.
 */
@NullMarked
package kz.civicrelay.console.series;

import org.jspecify.annotations.NullMarked;
