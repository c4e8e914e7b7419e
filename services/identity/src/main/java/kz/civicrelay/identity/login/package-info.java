@NullMarked
package kz.civicrelay.identity.login;

import org.jspecify.annotations.NullMarked;
