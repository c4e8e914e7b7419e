@NullMarked
package kz.civicrelay.scheduling.messaging;

import org.jspecify.annotations.NullMarked;
