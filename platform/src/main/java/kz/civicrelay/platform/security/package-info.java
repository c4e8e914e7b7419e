/**
 * Who may talk to Kafka and what each may do there (decision 0015): the principals, their credentials,
 * the SASL/SCRAM client settings and the ACLs, derived from the topics' own constants.
 */
@NullMarked
package kz.civicrelay.platform.security;

import org.jspecify.annotations.NullMarked;
