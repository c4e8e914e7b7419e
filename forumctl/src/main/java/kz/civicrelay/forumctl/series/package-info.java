/** {@code forumctl series}: the series scheduling holds, and an operator's suspend, resume and close early. */
@NullMarked
package kz.civicrelay.forumctl.series;

import org.jspecify.annotations.NullMarked;
