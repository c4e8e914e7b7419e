/**
 * Who may do what (decision 0015), on both of the relay's doors.
 *
 * <p>HTTP: the services are OAuth 2.0 resource servers. A JWT from the configured issuer becomes a
 * {@link kz.civicrelay.platform.security.Caller} (subject, name, roles, region); a service states which roles
 * reach which endpoint in its {@link kz.civicrelay.platform.security.EndpointRules} and checks scoped rights (a
 * region's team, a forum's editorial group, a registration's owner) with
 * {@link kz.civicrelay.platform.security.Caller#authorize}. The actor in every envelope comes from the caller.
 *
 * <p>Kafka: the principals, their credentials, the SASL/SCRAM client settings and the ACLs, derived from the
 * topics' own constants ({@link kz.civicrelay.platform.security.KafkaAcls}).
 */
@NullMarked
package kz.civicrelay.platform.security;

import org.jspecify.annotations.NullMarked;
