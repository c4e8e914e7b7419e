/**
 * Who calls: the services are OAuth 2.0 resource servers (decision 0015). A JWT from the configured issuer
 * becomes a {@link kz.civicrelay.platform.security.Caller} (subject, name, roles, region); a service states which
 * roles reach which endpoint in its {@link kz.civicrelay.platform.security.EndpointRules} and checks scoped
 * rights (a region's team, a forum's editorial group, a registration's owner) with
 * {@link kz.civicrelay.platform.security.Caller#authorize}. The actor in every envelope comes from the caller.
 */
@NullMarked
package kz.civicrelay.platform.security;

import org.jspecify.annotations.NullMarked;
