package io.switchboard.domain.shared;

import java.time.Duration;

/**
 * Short texts by key that every node of the cluster sees, changed only by compare-and-set, so two nodes updating the
 * same key at once cannot both win: rate-limit buckets, login failure counts, visits. In production an Infinispan
 * cache; a plain map in the unit tests. Values are text, which every cache marshals without a schema.
 */
public interface SharedEntries {

    /** The key's value, or null when it has none. */
    String get(String key);

    /**
     * Sets the key to {@code next} (null: removes it) if it is still {@code expected} (null: has none), kept for
     * {@code keep} after this write ({@code null}: until changed).
     *
     * @return false when another writer changed it first
     */
    boolean compareAndSet(String key, String expected, String next, Duration keep);
}
