@NullMarked
package kz.civicrelay.resolution.application;

import org.jspecify.annotations.NullMarked;
