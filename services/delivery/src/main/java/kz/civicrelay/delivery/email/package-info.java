/**
 * E-mail: a notification or an operators' alert rendered from templates (HTML and plain text, a section per
 * language the subscriber reads) and handed to the SMTP server; what the server answered becomes the attempt's
 * {@link kz.civicrelay.delivery.send.Outcome}.
 */
@NullMarked
package kz.civicrelay.delivery.email;

import org.jspecify.annotations.NullMarked;
