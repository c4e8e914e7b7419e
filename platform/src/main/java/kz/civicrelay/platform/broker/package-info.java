@NullMarked
package kz.civicrelay.platform.broker;

import org.jspecify.annotations.NullMarked;
