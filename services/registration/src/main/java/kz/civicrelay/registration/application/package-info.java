@NullMarked
package kz.civicrelay.registration.application;

import org.jspecify.annotations.NullMarked;
