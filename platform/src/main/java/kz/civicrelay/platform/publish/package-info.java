@NullMarked
package kz.civicrelay.platform.publish;

import org.jspecify.annotations.NullMarked;
