package io.switchboard.application;

import java.util.Optional;

/** Finds the tenant a request belongs to, from a credential that is not a logged-in user. */
public interface TenantLookupService {

    /** The tenant of an enabled API key. */
    Optional<String> tenantOfApiKey(String plainKey);

    /** The tenant of a widget site key (the public key in the embed snippet). */
    Optional<String> tenantOfSiteKey(String siteKey);

    /** The tenant, id and secret of a widget site key: what checking a signed visitor identity or pass needs. */
    Optional<SiteIdentity> siteOfKey(String siteKey);

    /** {@code recordTrail}: the site's 记录访客轨迹 setting; off, no page of its visitors is stored. */
    record SiteIdentity(String tenantId, long siteId, String secret, boolean recordTrail) {
    }
}
