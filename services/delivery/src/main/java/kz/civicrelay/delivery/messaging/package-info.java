@NullMarked
package kz.civicrelay.delivery.messaging;

import org.jspecify.annotations.NullMarked;
