@NullMarked
package kz.civicrelay.delivery.application;

import org.jspecify.annotations.NullMarked;
