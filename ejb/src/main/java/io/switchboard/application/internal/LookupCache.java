package io.switchboard.application.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.application.TenantLookupService;
import io.switchboard.domain.model.blacklist.BlacklistEntry;
import io.switchboard.domain.model.moderation.SensitiveMode;
import io.switchboard.domain.model.moderation.SensitiveWords;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.domain.model.skillgroup.GroupCard;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lookups every chat line or widget/API call makes — the tenant's sensitive words with their mode, blacklist
 * entries, the widget site of a site key, the tenant of an API key, the tenant's routing settings and skill groups
 * (kind, enabled, members) — kept in
 * memory for {@link #FRESH}, so a line does not open a database session for each (a profile of the load test put
 * those reads and their transaction bookkeeping among the hottest spots of the line path). A change on this node
 * drops the tenant's entries at once; another node of a cluster sees it within {@link #FRESH}. Bounded in size
 * (Caffeine evicts the least used).
 */
@ApplicationScoped
public class LookupCache {

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** How long a cached list may serve a line after it changed on another node. */
    static final Duration FRESH = Duration.ofSeconds(5);

    /** The tenant's sensitive words, compiled for matching, and what happens to a line that contains one. */
    record Moderation(SensitiveWords words, SensitiveMode mode, boolean empty) {
    }

    private record BlacklistKey(String tenantId, BlacklistEntry.Kind kind, String value) {
    }

    private final Cache<String, Moderation> moderation = Caffeine.newBuilder()
            .expireAfterWrite(FRESH).maximumSize(10_000).build();
    /** Empty: not listed; else when the listing ends (Instant.MAX for never). */
    private final Cache<BlacklistKey, Optional<Instant>> blacklist = Caffeine.newBuilder()
            .expireAfterWrite(FRESH).maximumSize(200_000).build();

    /** Widget site key → its tenant, id and secret; API key hash → its tenant (both asked on every widget/API call). */
    private final Cache<String, Optional<TenantLookupService.SiteIdentity>> sites = Caffeine.newBuilder()
            .expireAfterWrite(FRESH).maximumSize(100_000).build();
    private final Cache<String, Optional<String>> apiKeys = Caffeine.newBuilder()
            .expireAfterWrite(FRESH).maximumSize(100_000).build();

    /** The tenant's routing settings (timers, messages, rules) as every chat line reads them to move its deadlines. */
    private final Cache<String, RoutingSettings> routing = Caffeine.newBuilder()
            .expireAfterWrite(FRESH).maximumSize(10_000).build();

    RoutingSettings routing(String tenantId, Supplier<RoutingSettings> load) {
        return routing.get(tenantId, t -> load.get());
    }

    /** The routing settings changed in this transaction: dropped now and again once the change committed. */
    void routingChanged(String tenantId) {
        dropNowAndAfterCommit(() -> routing.invalidate(tenantId));
    }

    /** The tenant's skill groups by id, as a new conversation reads them (which exist, enabled, members). */
    private final Cache<String, Map<Long, GroupCard>> groups = Caffeine.newBuilder()
            .expireAfterWrite(FRESH).maximumSize(10_000).build();

    Map<Long, GroupCard> groups(String tenantId, Supplier<Map<Long, GroupCard>> load) {
        return groups.get(tenantId, t -> Map.copyOf(load.get()));
    }

    /** A group was created, changed or deleted, or its members changed, in this transaction. */
    void groupsChanged(String tenantId) {
        dropNowAndAfterCommit(() -> groups.invalidate(tenantId));
    }

    /**
     * Drops an entry now, and again when the transaction ends: a reader that loads it between this change and its
     * commit still sees the old rows and would otherwise keep them for {@link #FRESH}.
     */
    private void dropNowAndAfterCommit(Runnable drop) {
        drop.run();
        if (transaction.getTransactionKey() != null) {
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    drop.run();
                }
            });
        }
    }

    Optional<TenantLookupService.SiteIdentity> site(String siteKey,
            Supplier<Optional<TenantLookupService.SiteIdentity>> load) {
        return sites.get(siteKey, k -> load.get());
    }

    void siteChanged(String siteKey) {
        sites.invalidate(siteKey);
    }

    Optional<String> tenantOfApiKey(String keyHash, Supplier<Optional<String>> load) {
        return apiKeys.get(keyHash, k -> load.get());
    }

    Moderation moderation(String tenantId, Supplier<Moderation> load) {
        return moderation.get(tenantId, t -> load.get());
    }

    void moderationChanged(String tenantId) {
        moderation.invalidate(tenantId);
    }

    /** Whether the value is blacklisted at {@code now}. */
    boolean blacklisted(String tenantId, BlacklistEntry.Kind kind, String value, Instant now,
            Supplier<Optional<BlacklistEntry>> load) {
        Optional<Instant> until = blacklist.get(new BlacklistKey(tenantId, kind, value), k -> load.get()
                .map(e -> e.getExpiresAt() == null ? Instant.MAX : e.getExpiresAt()));
        return until.isPresent() && now.isBefore(until.get());
    }

    void blacklistChanged(String tenantId) {
        blacklist.asMap().keySet().removeIf(k -> k.tenantId().equals(tenantId));
    }
}
