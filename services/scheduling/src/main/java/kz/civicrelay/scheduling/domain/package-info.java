@NullMarked
package kz.civicrelay.scheduling.domain;

import org.jspecify.annotations.NullMarked;
