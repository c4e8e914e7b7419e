@NullMarked
package kz.civicrelay.forumctl.demo;

import org.jspecify.annotations.NullMarked;
