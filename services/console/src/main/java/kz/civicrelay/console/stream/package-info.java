@NullMarked
package kz.civicrelay.console.stream;

import org.jspecify.annotations.NullMarked;
