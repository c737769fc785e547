package io.switchboard.domain.model.account;

import java.time.Duration;

/**
 * How wrong passwords are slowed down ({@link LoginThrottle}).
 *
 * @param maxFailures          consecutive wrong passwords for one login name from one address that lock that name
 *                             for that address (default 5)
 * @param lockDuration         how long such a lock lasts (default 15 minutes)
 * @param addressFreeFailures  wrong passwords one address may make within {@code lockDuration}, whatever the names,
 *                             before each further attempt has to wait (default 10)
 * @param maxBackoff           the longest such wait; it doubles with every further failure (default 5 minutes)
 */
public record LoginPolicy(int maxFailures, Duration lockDuration, int addressFreeFailures, Duration maxBackoff) {

    public static final LoginPolicy DEFAULT = new LoginPolicy(5, Duration.ofMinutes(15), 10, Duration.ofMinutes(5));

    public LoginPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
        if (addressFreeFailures < 1) {
            throw new IllegalArgumentException("addressFreeFailures must be at least 1");
        }
        if (maxBackoff.isNegative() || maxBackoff.isZero()) {
            throw new IllegalArgumentException("maxBackoff must be positive");
        }
    }
}
