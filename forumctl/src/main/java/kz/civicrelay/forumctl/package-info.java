@NullMarked
package kz.civicrelay.forumctl;

import org.jspecify.annotations.NullMarked;
