/** The public plan's iCalendar feeds, passed on from scheduling (decision 0018). */
@NullMarked
package kz.civicrelay.console.calendar;

import org.jspecify.annotations.NullMarked;
