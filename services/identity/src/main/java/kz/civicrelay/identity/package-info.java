@NullMarked
package kz.civicrelay.identity;

import org.jspecify.annotations.NullMarked;
