@NullMarked
package kz.civicrelay.registration;

import org.jspecify.annotations.NullMarked;
