@NullMarked
package kz.civicrelay.scheduling.config;

import org.jspecify.annotations.NullMarked;
