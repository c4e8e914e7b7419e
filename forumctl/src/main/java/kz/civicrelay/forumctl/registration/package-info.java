/** What a forum's registration holds, as the signed-in user may see it. */
@NullMarked
package kz.civicrelay.forumctl.registration;

import org.jspecify.annotations.NullMarked;
