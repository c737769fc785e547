package io.switchboard.domain.shared;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Shared entries in a map, at most {@code maxKeys} (least recently used forgotten): the unit tests' store. It does not
 * expire anything; it remembers how long each key was to be kept, for the tests to check.
 */
public final class MemoryEntries implements ListedEntries {

    private final Map<String, String> entries;
    private final Map<String, Duration> keeps = new HashMap<>();

    private MemoryEntries(int maxKeys) {
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > maxKeys;
            }
        };
    }

    public static MemoryEntries of(int maxKeys) {
        return new MemoryEntries(maxKeys);
    }

    @Override
    public synchronized String get(String key) {
        return entries.get(key);
    }

    @Override
    public synchronized boolean compareAndSet(String key, String expected, String next, Duration keep) {
        if (!Objects.equals(entries.get(key), expected)) {
            return false;
        }
        if (next == null) {
            entries.remove(key);
            keeps.remove(key);
        } else {
            entries.put(key, next);
            keeps.put(key, keep);
        }
        return true;
    }

    @Override
    public synchronized void forEach(String prefix, BiConsumer<String, String> entry) {
        Map.copyOf(entries).forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                entry.accept(k, v);
            }
        });
    }

    /** How long the last write asked the key to be kept (null: until changed). */
    public synchronized Duration keep(String key) {
        return keeps.get(key);
    }

    public synchronized int size() {
        return entries.size();
    }
}
