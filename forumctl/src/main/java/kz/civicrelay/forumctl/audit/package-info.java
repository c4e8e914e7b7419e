/**
 * {@code forumctl audit}: the log of a series read in a total order, replayed up to a moment with the services' own
 * folds, checked, and reported as text, JSON, Markdown or HTML (decision 0022).
 */
@NullMarked
package kz.civicrelay.forumctl.audit;

import org.jspecify.annotations.NullMarked;
