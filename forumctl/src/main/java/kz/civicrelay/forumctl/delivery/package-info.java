/**
 * Notification delivery from the command line (the delivery service's REST API, as the signed-in user): regional
 * teams and operators subscribe an e-mail address or a webhook, list and remove subscriptions, and follow what was
 * delivered.
 */
@NullMarked
package kz.civicrelay.forumctl.delivery;

import org.jspecify.annotations.NullMarked;
