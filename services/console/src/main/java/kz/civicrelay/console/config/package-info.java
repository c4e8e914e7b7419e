@NullMarked
package kz.civicrelay.console.config;

import org.jspecify.annotations.NullMarked;
