/**
 * Who may see what in the console (decision 0015): people sign in by the authorization-code flow with PKCE
 * and keep a session, scripts send bearer tokens; each role reaches its {@link kz.civicrelay.console.access.Panel}s,
 * and every event shown passes {@link kz.civicrelay.console.access.Disclosure}, the one place personal data is
 * withheld from those who may not see it.
 */
@NullMarked
package kz.civicrelay.console.access;

import org.jspecify.annotations.NullMarked;
