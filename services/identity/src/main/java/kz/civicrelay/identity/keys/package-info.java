@NullMarked
package kz.civicrelay.identity.keys;

import org.jspecify.annotations.NullMarked;
