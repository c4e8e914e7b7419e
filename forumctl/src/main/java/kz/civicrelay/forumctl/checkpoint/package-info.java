/** Tamper evidence from the command line: the auditor's checkpoint key, and what a checkpoint run found. */
@NullMarked
package kz.civicrelay.forumctl.checkpoint;

import org.jspecify.annotations.NullMarked;
