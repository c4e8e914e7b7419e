@NullMarked
package kz.civicrelay.platform.audit;

import org.jspecify.annotations.NullMarked;
