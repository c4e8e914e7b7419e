@NullMarked
package kz.civicrelay.reference;

import org.jspecify.annotations.NullMarked;
