@NullMarked
package kz.civicrelay.scheduling.application;

import org.jspecify.annotations.NullMarked;
