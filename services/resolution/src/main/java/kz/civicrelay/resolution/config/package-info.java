@NullMarked
package kz.civicrelay.resolution.config;

import org.jspecify.annotations.NullMarked;
