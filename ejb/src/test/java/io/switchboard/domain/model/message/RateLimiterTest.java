package io.switchboard.domain.model.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.shared.MemoryEntries;
import io.switchboard.domain.shared.SharedEntries;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void allowsABurstUpToTheCapacityThenRefillsEvenly() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60), MemoryEntries.of(100));
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, limiter.acquire("v1", T0));
        }
        Duration wait = limiter.acquire("v1", T0);
        assertEquals(Duration.ofSeconds(20), wait, "one token every 20 s");
        assertTrue(limiter.acquire("v1", T0.plusSeconds(19)).compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, limiter.acquire("v1", T0.plusSeconds(20)));
        assertEquals(Duration.ZERO, limiter.acquire("v2", T0), "each key has its own bucket");
    }

    @Test
    void forgetsTheLeastRecentlyUsedKeysBeyondTheBound() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), MemoryEntries.of(2));
        limiter.acquire("a", T0);
        limiter.acquire("b", T0);
        limiter.acquire("c", T0);
        assertEquals(Duration.ZERO, limiter.acquire("a", T0), "a was forgotten, so it starts full again");
        assertTrue(limiter.acquire("c", T0).compareTo(Duration.ZERO) > 0, "c is still remembered");
    }

    /** Two limiters on one store (two nodes on one shared cache) share the bucket: together they get the capacity. */
    @Test
    void limitersSharingAStoreShareTheBucket() {
        SharedEntries shared = MemoryEntries.of(100);
        RateLimiter nodeA = new RateLimiter(4, Duration.ofSeconds(60), shared);
        RateLimiter nodeB = new RateLimiter(4, Duration.ofSeconds(60), shared);
        int allowed = 0;
        for (int i = 0; i < 6; i++) {
            allowed += nodeA.acquire("v", T0).isZero() ? 1 : 0;
            allowed += nodeB.acquire("v", T0).isZero() ? 1 : 0;
        }
        assertEquals(4, allowed);
    }

    /** A writer that loses the compare-and-set reads again: the token it would have double-spent is not given. */
    @Test
    void aLostCompareAndSetIsRetriedOnTheNewValue() {
        SharedEntries memory = MemoryEntries.of(100);
        RateLimiter other = new RateLimiter(1, Duration.ofSeconds(60), memory);
        SharedEntries racing = new SharedEntries() {
            private boolean raced;

            @Override
            public String get(String key) {
                return memory.get(key);
            }

            @Override
            public boolean compareAndSet(String key, String expected, String next, Duration keep) {
                if (!raced) {
                    raced = true;
                    other.acquire(key, T0); // another node takes the only token between our read and our write
                }
                return memory.compareAndSet(key, expected, next, keep);
            }
        };
        assertEquals(Duration.ofSeconds(60), new RateLimiter(1, Duration.ofSeconds(60), racing).acquire("v", T0));
    }
}
