@NullMarked
package kz.civicrelay.scheduling.web;

import org.jspecify.annotations.NullMarked;
