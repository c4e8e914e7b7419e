@NullMarked
package kz.civicrelay.delivery.domain;

import org.jspecify.annotations.NullMarked;
