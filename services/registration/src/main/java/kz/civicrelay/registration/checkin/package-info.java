@NullMarked
package kz.civicrelay.registration.checkin;

import org.jspecify.annotations.NullMarked;
