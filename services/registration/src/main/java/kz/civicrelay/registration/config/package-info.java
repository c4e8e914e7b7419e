@NullMarked
package kz.civicrelay.registration.config;

import org.jspecify.annotations.NullMarked;
