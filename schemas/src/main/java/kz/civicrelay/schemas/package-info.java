@NullMarked
package kz.civicrelay.schemas;

import org.jspecify.annotations.NullMarked;
