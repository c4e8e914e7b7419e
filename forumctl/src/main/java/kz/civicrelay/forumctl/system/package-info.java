@NullMarked
package kz.civicrelay.forumctl.system;

import org.jspecify.annotations.NullMarked;
