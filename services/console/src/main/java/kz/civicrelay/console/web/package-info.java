@NullMarked
package kz.civicrelay.console.web;

import org.jspecify.annotations.NullMarked;
