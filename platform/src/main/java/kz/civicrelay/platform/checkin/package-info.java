/**
 * Check-in codes (decision 0019): signed so that nobody without the check-in key can make one, and shown as a QR
 * code. Registration makes and verifies them; delivery makes them for a person's confirmation e-mail (decision 0029).
 */
@NullMarked
package kz.civicrelay.platform.checkin;

import org.jspecify.annotations.NullMarked;
