package io.switchboard.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountLockoutTest {

    private static final LoginPolicy POLICY = new LoginPolicy(5, Duration.ofMinutes(15));
    private final Instant t0 = Instant.parse("2026-11-21T08:00:00Z");
    private final UserAccount account = new UserAccount(" Agent1 ", "Agent", null, Role.AGENT, "hash", t0);

    @Test
    void fifthConsecutiveFailureLocksForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginOutcome.INVALID_CREDENTIALS, account.recordLoginAttempt(false, t0, POLICY));
        }
        assertEquals(LoginOutcome.LOCKED, account.recordLoginAttempt(false, t0, POLICY));
        assertEquals(t0.plus(Duration.ofMinutes(15)), account.getLockedUntil());
    }

    @Test
    void lockedAccountRefusesTheRightPasswordUntilTheLockExpires() {
        lock();
        Instant almost = t0.plus(Duration.ofMinutes(15)).minusSeconds(1);
        assertEquals(LoginOutcome.LOCKED, account.recordLoginAttempt(true, almost, POLICY));
        Instant after = t0.plus(Duration.ofMinutes(15));
        assertFalse(account.isLockedAt(after));
        assertEquals(LoginOutcome.SUCCESS, account.recordLoginAttempt(true, after, POLICY));
        assertNull(account.getLockedUntil());
    }

    @Test
    void successResetsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            account.recordLoginAttempt(false, t0, POLICY);
        }
        assertEquals(LoginOutcome.SUCCESS, account.recordLoginAttempt(true, t0, POLICY));
        assertEquals(0, account.getFailedLogins());
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, account.recordLoginAttempt(false, t0, POLICY));
    }

    @Test
    void policyIsConfigurable() {
        LoginPolicy strict = new LoginPolicy(2, Duration.ofMinutes(1));
        account.recordLoginAttempt(false, t0, strict);
        assertEquals(LoginOutcome.LOCKED, account.recordLoginAttempt(false, t0, strict));
        assertTrue(account.isLockedAt(t0.plusSeconds(59)));
        assertFalse(account.isLockedAt(t0.plusSeconds(60)));
    }

    @Test
    void userNamesAreNormalised() {
        assertEquals("agent1", account.getUsername());
    }

    private void lock() {
        for (int i = 0; i < 5; i++) {
            account.recordLoginAttempt(false, t0, POLICY);
        }
    }
}
