@NullMarked
package kz.civicrelay.handoff.messaging;

import org.jspecify.annotations.NullMarked;
