@NullMarked
package kz.civicrelay.platform;

import org.jspecify.annotations.NullMarked;
