@NullMarked
package kz.civicrelay.console;

import org.jspecify.annotations.NullMarked;
