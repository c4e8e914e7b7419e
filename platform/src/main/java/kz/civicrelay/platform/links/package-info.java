/** Signed links: a regional team acknowledges the baton from an e-mail, without signing in. */
@NullMarked
package kz.civicrelay.platform.links;

import org.jspecify.annotations.NullMarked;
