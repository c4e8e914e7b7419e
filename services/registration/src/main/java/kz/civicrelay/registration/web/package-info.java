@NullMarked
package kz.civicrelay.registration.web;

import org.jspecify.annotations.NullMarked;
