@NullMarked
package kz.civicrelay.handoff.application;

import org.jspecify.annotations.NullMarked;
