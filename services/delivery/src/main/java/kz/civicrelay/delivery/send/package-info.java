@NullMarked
package kz.civicrelay.delivery.send;

import org.jspecify.annotations.NullMarked;
