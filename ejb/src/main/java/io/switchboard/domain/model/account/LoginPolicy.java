package io.switchboard.domain.model.account;

import java.time.Duration;

/**
 * How many consecutive wrong passwords lock an account, and for how long.
 *
 * @param maxFailures  consecutive failures that lock the account (default 5)
 * @param lockDuration how long the lock lasts (default 15 minutes)
 */
public record LoginPolicy(int maxFailures, Duration lockDuration) {

    public static final LoginPolicy DEFAULT = new LoginPolicy(5, Duration.ofMinutes(15));

    public LoginPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
