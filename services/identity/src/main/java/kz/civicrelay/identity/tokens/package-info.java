@NullMarked
package kz.civicrelay.identity.tokens;

import org.jspecify.annotations.NullMarked;
