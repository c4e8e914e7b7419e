@NullMarked
package kz.civicrelay.platform.topics;

import org.jspecify.annotations.NullMarked;
