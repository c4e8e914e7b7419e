@NullMarked
package kz.civicrelay.forumctl.team;

import org.jspecify.annotations.NullMarked;
