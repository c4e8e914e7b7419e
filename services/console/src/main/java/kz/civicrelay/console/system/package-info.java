/**
 * The system the console runs in, as {@code forumctl up} supervises it: each service process, its
 * state, restarts and consumer lag, read from the supervisor's status endpoint.
 */
@NullMarked
package kz.civicrelay.console.system;

import org.jspecify.annotations.NullMarked;
