@NullMarked
package kz.civicrelay.registration.lists;

import org.jspecify.annotations.NullMarked;
