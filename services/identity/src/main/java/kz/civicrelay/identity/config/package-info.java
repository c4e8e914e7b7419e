@NullMarked
package kz.civicrelay.identity.config;

import org.jspecify.annotations.NullMarked;
