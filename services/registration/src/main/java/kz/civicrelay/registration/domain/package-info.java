@NullMarked
package kz.civicrelay.registration.domain;

import org.jspecify.annotations.NullMarked;
