@NullMarked
package kz.civicrelay.platform.web;

import org.jspecify.annotations.NullMarked;
