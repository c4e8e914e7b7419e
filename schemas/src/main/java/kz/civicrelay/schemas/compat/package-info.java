@NullMarked
package kz.civicrelay.schemas.compat;

import org.jspecify.annotations.NullMarked;
