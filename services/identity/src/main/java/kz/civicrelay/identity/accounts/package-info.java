@NullMarked
package kz.civicrelay.identity.accounts;

import org.jspecify.annotations.NullMarked;
