/** Delivery's meters: notifications delivered and failed, by channel. Never an address or a person. */
@NullMarked
package kz.civicrelay.delivery.metrics;

import org.jspecify.annotations.NullMarked;
