package io.switchboard.application.internal;

import io.switchboard.application.TenantLookupService;
import io.switchboard.domain.model.apikey.ApiKey;
import io.switchboard.domain.model.apikey.ApiKeyRepository;
import io.switchboard.domain.model.site.WidgetSite;
import io.switchboard.domain.model.site.WidgetSiteRepository;
import io.switchboard.domain.model.tenant.TenantOwned;
import io.switchboard.infrastructure.tenancy.PlatformOperation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

@Stateless
@PlatformOperation
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DefaultTenantLookupService implements TenantLookupService {

    @Inject
    ApiKeyRepository apiKeys;
    @Inject
    WidgetSiteRepository sites;
    @Inject
    LookupCache cache;

    @Override
    public Optional<String> tenantOfApiKey(String plainKey) {
        if (plainKey == null || !plainKey.startsWith(ApiKey.KEY_PREFIX)) {
            return Optional.empty();
        }
        String hash = ApiKey.hashOf(plainKey);
        return cache.tenantOfApiKey(hash,
                () -> apiKeys.findByHash(hash).filter(ApiKey::isEnabled).map(TenantOwned::getTenantId));
    }

    @Override
    public Optional<String> tenantOfSiteKey(String siteKey) {
        return siteOfKey(siteKey).map(SiteIdentity::tenantId);
    }

    @Override
    public Optional<SiteIdentity> siteOfKey(String siteKey) {
        return siteKey == null ? Optional.empty() : cache.site(siteKey, () -> sites.findBySiteKey(siteKey)
                .map(s -> new SiteIdentity(s.getTenantId(), s.getId(), s.getSecret(), s.getSettings().recordTrail())));
    }
}
