@NullMarked
package kz.civicrelay.console.schemas;

import org.jspecify.annotations.NullMarked;
