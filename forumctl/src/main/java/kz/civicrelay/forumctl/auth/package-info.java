@NullMarked
package kz.civicrelay.forumctl.auth;

import org.jspecify.annotations.NullMarked;
