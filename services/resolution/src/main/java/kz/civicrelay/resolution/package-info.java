@NullMarked
package kz.civicrelay.resolution;

import org.jspecify.annotations.NullMarked;
