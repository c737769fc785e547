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
import io.switchboard.infrastructure.cluster.LookupGenerations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * memory for at most {@link #FRESH}, so a line does not open a database session for each (a profile of the load test
 * put those reads and their transaction bookkeeping among the hottest spots of the line path). Each entry is stamped
 * with the {@link LookupGenerations generation} of its configuration it was read under; a change bumps the generation
 * (at once and again after its commit), so the next lookup on every node of the cluster reads the new rows. Bounded
 * in size (Caffeine evicts the least used).
 */
@ApplicationScoped
public class LookupCache {

    @Resource
    TransactionSynchronizationRegistry transaction;
    @Inject
    LookupGenerations generations;

    /** How long a cached entry serves at most (a change the application did not make, e.g. by SQL, is seen then). */
    static final Duration FRESH = Duration.ofSeconds(5);

    /** A cached value and the generation of its configuration when it was read. */
    private record Stamped<V>(String generation, V value) {
    }

    /** The tenant's sensitive words, compiled for matching, and what happens to a line that contains one. */
    record Moderation(SensitiveWords words, SensitiveMode mode, boolean empty) {
    }

    private record BlacklistKey(String tenantId, BlacklistEntry.Kind kind, String value) {
    }

    private final Cache<String, Stamped<Moderation>> moderation = Caffeine.newBuilder()
            .expireAfterWrite(FRESH).maximumSize(10_000).build();
    /** Empty: not listed; else when the listing ends (Instant.MAX for never). */
    private final Cache<BlacklistKey, Stamped<Optional<Instant>>> blacklist = Caffeine.newBuilder()
            .expireAfterWrite(FRESH).maximumSize(200_000).build();

    /** Widget site key → its tenant, id and secret; API key hash → its tenant (both asked on every widget/API call). */
    private final Cache<String, Stamped<Optional<TenantLookupService.SiteIdentity>>> sites = Caffeine.newBuilder()
            .expireAfterWrite(FRESH).maximumSize(100_000).build();
    private final Cache<String, Optional<String>> apiKeys = Caffeine.newBuilder()
            .expireAfterWrite(FRESH).maximumSize(100_000).build();

    /** The tenant's routing settings (timers, messages, rules) as every chat line reads them to move its deadlines. */
    private final Cache<String, Stamped<RoutingSettings>> routing = Caffeine.newBuilder()
            .expireAfterWrite(FRESH).maximumSize(10_000).build();

    RoutingSettings routing(String tenantId, Supplier<RoutingSettings> load) {
        return read(routing, tenantId, "routing/" + tenantId, load);
    }

    /** The routing settings changed in this transaction: dropped now and again once the change committed. */
    void routingChanged(String tenantId) {
        changedNowAndAfterCommit("routing/" + tenantId);
    }

    /** The tenant's skill groups by id, as a new conversation reads them (which exist, enabled, members). */
    private final Cache<String, Stamped<Map<Long, GroupCard>>> groups = Caffeine.newBuilder()
            .expireAfterWrite(FRESH).maximumSize(10_000).build();

    Map<Long, GroupCard> groups(String tenantId, Supplier<Map<Long, GroupCard>> load) {
        return read(groups, tenantId, "groups/" + tenantId, () -> Map.copyOf(load.get()));
    }

    /** A group was created, changed or deleted, or its members changed, in this transaction. */
    void groupsChanged(String tenantId) {
        changedNowAndAfterCommit("groups/" + tenantId);
    }

    /**
     * The value cached under the key if it was read under the configuration's current generation, else read now. A
     * reader racing a change stamps what it read with the generation it saw first, so it is read again next time.
     * Read outside any lock: two threads missing the same key both read it (rare, at expiry), but none waits for
     * another's database read (a profile showed lines queueing behind one loader in the map's compute).
     */
    private <K, V> V read(Cache<K, Stamped<V>> cache, K key, String generationKey, Supplier<V> load) {
        String generation = generations.current(generationKey);
        Stamped<V> cached = cache.getIfPresent(key);
        if (cached != null && cached.generation().equals(generation)) {
            return cached.value();
        }
        V value = load.get();
        cache.put(key, new Stamped<>(generation, value));
        return value;
    }

    /**
     * A new generation now, and again when the transaction ends: a reader on any node that loads the configuration
     * between this change and its commit still sees the old rows, and the second bump makes it read again.
     */
    private void changedNowAndAfterCommit(String generationKey) {
        Runnable drop = () -> generations.bump(generationKey);
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
        return read(sites, siteKey, "site/" + siteKey, load);
    }

    void siteChanged(String siteKey) {
        changedNowAndAfterCommit("site/" + siteKey);
    }

    Optional<String> tenantOfApiKey(String keyHash, Supplier<Optional<String>> load) {
        return apiKeys.get(keyHash, k -> load.get());
    }

    Moderation moderation(String tenantId, Supplier<Moderation> load) {
        return read(moderation, tenantId, "moderation/" + tenantId, load);
    }

    void moderationChanged(String tenantId) {
        changedNowAndAfterCommit("moderation/" + tenantId);
    }

    /** Whether the value is blacklisted at {@code now}. */
    boolean blacklisted(String tenantId, BlacklistEntry.Kind kind, String value, Instant now,
            Supplier<Optional<BlacklistEntry>> load) {
        Optional<Instant> until = read(blacklist, new BlacklistKey(tenantId, kind, value), "blacklist/" + tenantId,
                () -> load.get().map(e -> e.getExpiresAt() == null ? Instant.MAX : e.getExpiresAt()));
        return until.isPresent() && now.isBefore(until.get());
    }

    void blacklistChanged(String tenantId) {
        changedNowAndAfterCommit("blacklist/" + tenantId);
    }
}
