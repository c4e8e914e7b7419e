@NullMarked
package kz.civicrelay.handoff.web;

import org.jspecify.annotations.NullMarked;
