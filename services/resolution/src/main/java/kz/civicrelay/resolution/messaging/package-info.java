@NullMarked
package kz.civicrelay.resolution.messaging;

import org.jspecify.annotations.NullMarked;
