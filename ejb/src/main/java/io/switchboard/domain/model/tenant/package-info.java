/**
 * Tenants: the companies one Switchboard installation hosts. Every tenant-owned entity extends
 * {@link io.switchboard.domain.model.tenant.TenantOwned}, whose {@code @TenantId} column Hibernate fills on insert
 * and adds to every query and load by id, so no repository can forget the tenant.
 */
package io.switchboard.domain.model.tenant;
