@NullMarked
package kz.civicrelay.scheduling;

import org.jspecify.annotations.NullMarked;
