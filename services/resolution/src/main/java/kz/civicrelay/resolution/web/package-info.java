@NullMarked
package kz.civicrelay.resolution.web;

import org.jspecify.annotations.NullMarked;
