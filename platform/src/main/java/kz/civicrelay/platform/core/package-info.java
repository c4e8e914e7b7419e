/**
 * The service core: what every relay service is made of, once. A service supplies its domain fold
 * ({@link Fold}), what upstream records mean to it ({@link Upstream}), its event codec
 * ({@link EventCodec}) and its web layer; the {@link ServiceCore} owns the state and its lock, decides
 * and publishes transactionally, reacts to upstream events, rebuilds and follows the log, dead-letters
 * bad records, and holds the lease that lets one instance of several decide (decision 0014).
 */
@NullMarked
package kz.civicrelay.platform.core;

import org.jspecify.annotations.NullMarked;
