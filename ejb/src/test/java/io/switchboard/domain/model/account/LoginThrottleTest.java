package io.switchboard.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.model.account.LoginThrottle.Kind;
import io.switchboard.domain.shared.MemoryEntries;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final LoginPolicy POLICY = new LoginPolicy(5, Duration.ofMinutes(15), 10, Duration.ofMinutes(5));
    private final Instant t0 = Instant.parse("2026-11-30T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(POLICY, MemoryEntries.of(100_000));

    @Test
    void fiveWrongPasswordsLockTheNameForThatAddressOnly() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(Kind.ALLOWED, throttle.check("admin", "10.0.0.9", t0).kind());
            assertEquals(Kind.ALLOWED, throttle.failed("admin", "10.0.0.9", t0).kind());
        }
        assertEquals(Kind.LOCKED, throttle.failed("admin", "10.0.0.9", t0).kind());
        LoginThrottle.Verdict locked = throttle.check("admin", "10.0.0.9", t0.plusSeconds(60));
        assertEquals(Kind.LOCKED, locked.kind());
        assertEquals(Duration.ofMinutes(14), locked.retryAfter());
        assertTrue(throttle.check("admin", "192.0.2.1", t0).allowed(), "the real user elsewhere is not locked out");
        assertTrue(throttle.check("admin", "10.0.0.9", t0.plus(Duration.ofMinutes(15))).allowed(), "the lock ends");
    }

    @Test
    void unknownNamesAreCountedLikeRealOnes() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("no-such-name", "10.0.0.9", t0);
        }
        assertEquals(Kind.LOCKED, throttle.failed("no-such-name", "10.0.0.9", t0).kind());
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("agent1", "10.0.0.9", t0);
        }
        throttle.succeeded("agent1", "10.0.0.9");
        assertEquals(Kind.ALLOWED, throttle.failed("agent1", "10.0.0.9", t0).kind());
    }

    @Test
    void sprayingManyNamesFromOneAddressHasToWaitLongerAndLonger() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("user" + i, "203.0.113.5", t0);
            assertTrue(throttle.check("user" + (i + 1), "203.0.113.5", t0).allowed(), "free failure " + (i + 1));
        }
        throttle.failed("user9", "203.0.113.5", t0);
        LoginThrottle.Verdict first = throttle.check("user10", "203.0.113.5", t0);
        assertEquals(Kind.THROTTLED, first.kind());
        assertEquals(Duration.ofSeconds(1), first.retryAfter());
        Instant t1 = t0.plusSeconds(1);
        assertTrue(throttle.check("user10", "203.0.113.5", t1).allowed());
        throttle.failed("user10", "203.0.113.5", t1);
        assertEquals(Duration.ofSeconds(2), throttle.check("user11", "203.0.113.5", t1).retryAfter());
        Instant t = t1;
        for (int i = 0; i < 8; i++) { // waits 2 s, 4 s … 256 s, all within the 15-minute window
            t = t.plus(throttle.check("x", "203.0.113.5", t).retryAfter());
            throttle.failed("user" + (20 + i), "203.0.113.5", t);
        }
        assertEquals(POLICY.maxBackoff(), throttle.check("x", "203.0.113.5", t).retryAfter(), "the wait is capped");
        assertTrue(throttle.check("x", "198.51.100.7", t).allowed(), "other addresses are not slowed");
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("user" + i, "203.0.113.5", t0);
        }
        Instant later = t0.plus(Duration.ofMinutes(16));
        throttle.failed("late", "203.0.113.5", later);
        assertTrue(throttle.check("next", "203.0.113.5", later).allowed());
    }

    /** Two nodes on one shared store: failures on either count together, so spreading the guesses gains nothing. */
    @Test
    void nodesSharingTheStoreCountTogether() {
        MemoryEntries shared = MemoryEntries.of(1000);
        LoginThrottle nodeA = new LoginThrottle(POLICY, shared);
        LoginThrottle nodeB = new LoginThrottle(POLICY, shared);
        for (int i = 1; i <= 2; i++) {
            nodeA.failed("admin", "10.0.0.9", t0);
            nodeB.failed("admin", "10.0.0.9", t0);
        }
        assertEquals(Kind.LOCKED, nodeA.failed("admin", "10.0.0.9", t0).kind(), "the fifth failure, over both nodes");
        assertEquals(Kind.LOCKED, nodeB.check("admin", "10.0.0.9", t0.plusSeconds(1)).kind());
        nodeA.succeeded("other", "10.0.0.9");
        assertEquals(2, shared.size(), "one entry for the name at the address, one for the address");
    }
}
