/**
 * Tamper evidence for the event log, by the transparency-log standards: Merkle trees hashed as RFC 9162 (Certificate
 * Transparency 2.0) hashes its log, with inclusion and consistency proofs, and checkpoints as C2SP
 * {@code tlog-checkpoint} signed notes (Ed25519). Plain Java (the JDK's SHA-256 and Ed25519).
 */
@NullMarked
package kz.civicrelay.platform.transparency;

import org.jspecify.annotations.NullMarked;
