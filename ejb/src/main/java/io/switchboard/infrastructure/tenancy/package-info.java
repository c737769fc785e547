/**
 * How the current tenant reaches Hibernate. An adapter resolves the tenant once per request (web: the logged-in
 * user's session; REST: the API key; widget: the site key; JMS: the message's tenant property) and stores it in
 * the request-scoped {@link io.switchboard.infrastructure.tenancy.TenantContext}. Hibernate asks
 * {@link io.switchboard.infrastructure.tenancy.HibernateTenantResolver} when it opens the transaction's session.
 * Platform-level work (login, tenant creation, key lookup) runs through {@link
 * io.switchboard.infrastructure.tenancy.PlatformOperation} in a transaction of its own.
 */
package io.switchboard.infrastructure.tenancy;
