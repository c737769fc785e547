package io.switchboard.domain.model.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Slows down password guessing without handing strangers a way to lock the real user out, and without telling
 * them whether a login name exists.
 * <ul>
 *   <li><b>Per login name and address:</b> {@link LoginPolicy#maxFailures()} wrong passwords in a row lock that name
 *   <em>for that address</em> for {@link LoginPolicy#lockDuration()}. The owner signing in from their own desk is
 *   not affected by someone guessing elsewhere. Names that do not exist are counted exactly like names that do,
 *   so the answers (wrong, wrong, …, locked) never reveal which names are real.</li>
 *   <li><b>Per address:</b> beyond {@link LoginPolicy#addressFreeFailures()} wrong passwords within the lock
 *   duration, whatever the names (password spraying), every further attempt from that address has to wait, the
 *   wait doubling with each failure up to {@link LoginPolicy#maxBackoff()}. An office behind one NAT address with
 *   the odd typo never gets there.</li>
 * </ul>
 * Plain Java with the time passed in, so it is tested on a fake clock; not thread-safe by itself beyond its
 * synchronized methods. Memory is bounded: entries older than the lock duration are purged when the maps grow.
 */
public final class LoginThrottle {

    /** What the throttle says about an attempt. */
    public enum Kind {
        /** Go ahead and check the password. */
        ALLOWED,
        /** This name is locked for this address. */
        LOCKED,
        /** This address has to wait before it may try again. */
        THROTTLED
    }

    /** The verdict and, unless allowed, how long until the caller may try again. */
    public record Verdict(Kind kind, Duration retryAfter) {

        static final Verdict ALLOW = new Verdict(Kind.ALLOWED, Duration.ZERO);

        public boolean allowed() {
            return kind == Kind.ALLOWED;
        }
    }

    private static final int PURGE_ABOVE = 50_000;

    private final LoginPolicy policy;
    private final Map<String, NameAtAddress> names = new HashMap<>();
    private final Map<String, AddressFailures> addresses = new HashMap<>();

    public LoginThrottle(LoginPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Before the password is looked at: may this name be tried from this address now? */
    public synchronized Verdict check(String name, String address, Instant now) {
        AddressFailures a = addresses.get(address);
        if (a != null && a.notBefore != null && now.isBefore(a.notBefore)) {
            return new Verdict(Kind.THROTTLED, Duration.between(now, a.notBefore));
        }
        NameAtAddress n = names.get(key(name, address));
        if (n != null && n.lockedUntil != null) {
            if (now.isBefore(n.lockedUntil)) {
                return new Verdict(Kind.LOCKED, Duration.between(now, n.lockedUntil));
            }
            names.remove(key(name, address));
        }
        return Verdict.ALLOW;
    }

    /**
     * A wrong password (or a name that does not exist). Returns {@link Kind#LOCKED} when this failure locked the
     * name for the address, else {@link Kind#ALLOWED} (the caller answers "wrong name or password").
     */
    public synchronized Verdict failed(String name, String address, Instant now) {
        purgeIfLarge(now);
        AddressFailures a = addresses.computeIfAbsent(address, k -> new AddressFailures());
        a.add(now, policy);
        NameAtAddress n = names.computeIfAbsent(key(name, address), k -> new NameAtAddress());
        n.touched = now;
        n.failures++;
        if (n.failures >= policy.maxFailures()) {
            n.failures = 0;
            n.lockedUntil = now.plus(policy.lockDuration());
            return new Verdict(Kind.LOCKED, policy.lockDuration());
        }
        return Verdict.ALLOW;
    }

    /** The right password: the name's count for this address starts again. */
    public synchronized void succeeded(String name, String address) {
        names.remove(key(name, address));
    }

    private void purgeIfLarge(Instant now) {
        if (names.size() + addresses.size() < PURGE_ABOVE) {
            return;
        }
        Instant horizon = now.minus(policy.lockDuration());
        names.values().removeIf(n -> n.touched.isBefore(horizon)
                && (n.lockedUntil == null || !now.isBefore(n.lockedUntil)));
        addresses.values().removeIf(a -> a.last().isBefore(horizon)
                && (a.notBefore == null || !now.isBefore(a.notBefore)));
    }

    private static String key(String name, String address) {
        return name + '\n' + address;
    }

    private static final class NameAtAddress {
        int failures;
        Instant lockedUntil;
        Instant touched;
    }

    /** The failure times of one address within the lock duration, and the earliest next attempt. */
    private static final class AddressFailures {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant notBefore;

        void add(Instant now, LoginPolicy policy) {
            Instant horizon = now.minus(policy.lockDuration());
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(horizon)) {
                failures.pollFirst();
            }
            failures.addLast(now);
            // more than enough to reach the longest wait; older ones need not be kept
            while (failures.size() > policy.addressFreeFailures() + 40) {
                failures.pollFirst();
            }
            int over = failures.size() - policy.addressFreeFailures();
            if (over >= 0) {
                long seconds = over >= 30 ? Long.MAX_VALUE : 1L << over;
                Duration wait = seconds > policy.maxBackoff().toSeconds() ? policy.maxBackoff() : Duration.ofSeconds(seconds);
                notBefore = now.plus(wait);
            }
        }

        Instant last() {
            return failures.isEmpty() ? Instant.MIN : failures.peekLast();
        }
    }
}
