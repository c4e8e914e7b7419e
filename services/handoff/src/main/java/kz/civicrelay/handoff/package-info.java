@NullMarked
package kz.civicrelay.handoff;

import org.jspecify.annotations.NullMarked;
