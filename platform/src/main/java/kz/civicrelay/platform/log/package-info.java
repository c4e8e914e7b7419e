@NullMarked
package kz.civicrelay.platform.log;

import org.jspecify.annotations.NullMarked;
