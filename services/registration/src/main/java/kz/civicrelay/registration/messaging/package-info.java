@NullMarked
package kz.civicrelay.registration.messaging;

import org.jspecify.annotations.NullMarked;
