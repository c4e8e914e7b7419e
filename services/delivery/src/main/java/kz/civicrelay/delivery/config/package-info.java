@NullMarked
package kz.civicrelay.delivery.config;

import org.jspecify.annotations.NullMarked;
