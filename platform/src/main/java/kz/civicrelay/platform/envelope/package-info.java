@NullMarked
package kz.civicrelay.platform.envelope;

import org.jspecify.annotations.NullMarked;
