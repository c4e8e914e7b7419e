@NullMarked
package kz.civicrelay.handoff.domain;

import org.jspecify.annotations.NullMarked;
