@NullMarked
package kz.civicrelay.delivery;

import org.jspecify.annotations.NullMarked;
