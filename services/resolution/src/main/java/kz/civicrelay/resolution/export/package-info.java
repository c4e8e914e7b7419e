@NullMarked
package kz.civicrelay.resolution.export;

import org.jspecify.annotations.NullMarked;
