package io.switchboard.domain.model.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void allowsABurstUpToTheCapacityThenRefillsEvenly() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60), 100);
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
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), 2);
        limiter.acquire("a", T0);
        limiter.acquire("b", T0);
        limiter.acquire("c", T0);
        assertEquals(Duration.ZERO, limiter.acquire("a", T0), "a was forgotten, so it starts full again");
        assertTrue(limiter.acquire("c", T0).compareTo(Duration.ZERO) > 0, "c is still remembered");
    }
}
