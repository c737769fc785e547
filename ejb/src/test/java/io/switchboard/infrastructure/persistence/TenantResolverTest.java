package io.switchboard.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.infrastructure.tenancy.HibernateTenantResolver;
import io.switchboard.infrastructure.tenancy.TenantContext;
import org.junit.jupiter.api.Test;

class TenantResolverTest {

    @Test
    void outsideAnyRequestNothingIsVisible() {
        // no CDI container here: the resolver must fall back to the tenant that matches no row
        assertEquals(TenantContext.NONE, new HibernateTenantResolver().resolveCurrentTenantIdentifier());
    }

    @Test
    void onlyThePlatformTenantIsRoot() {
        HibernateTenantResolver resolver = new HibernateTenantResolver();
        assertTrue(resolver.isRoot(TenantContext.PLATFORM));
        assertFalse(resolver.isRoot(TenantContext.NONE));
        assertFalse(resolver.isRoot("some-tenant"));
    }

    @Test
    void aRequestIsBoundToOneTenantOnly() {
        TenantContext context = new TenantContext();
        context.use("a");
        context.use("a");
        assertThrows(IllegalStateException.class, () -> context.use("b"));
        assertThrows(IllegalArgumentException.class, () -> new TenantContext().use(TenantContext.PLATFORM));
        assertEquals("a", context.requireTenant());
        assertThrows(IllegalStateException.class, () -> new TenantContext().requireTenant());
    }
}
