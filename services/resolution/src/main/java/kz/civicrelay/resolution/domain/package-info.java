@NullMarked
package kz.civicrelay.resolution.domain;

import org.jspecify.annotations.NullMarked;
