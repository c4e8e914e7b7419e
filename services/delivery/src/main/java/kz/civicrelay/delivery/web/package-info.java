@NullMarked
package kz.civicrelay.delivery.web;

import org.jspecify.annotations.NullMarked;
