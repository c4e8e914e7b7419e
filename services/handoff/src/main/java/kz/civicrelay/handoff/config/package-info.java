@NullMarked
package kz.civicrelay.handoff.config;

import org.jspecify.annotations.NullMarked;
