/**
 * Application services: one method, one transaction. Interfaces here, {@code @Stateless} implementations in
 * {@code internal}. Services act on the caller's tenant (see infrastructure.tenancy); those marked
 * {@code @PlatformOperation} work above tenants.
 */
package io.switchboard.application;
