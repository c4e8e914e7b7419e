@NullMarked
package kz.civicrelay.delivery.webhook;

import org.jspecify.annotations.NullMarked;
