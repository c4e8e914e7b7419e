@NullMarked
package kz.civicrelay.schemas.serde;

import org.jspecify.annotations.NullMarked;
