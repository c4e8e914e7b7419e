@NullMarked
package kz.civicrelay.platform.errors;

import org.jspecify.annotations.NullMarked;
