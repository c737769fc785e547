package io.switchboard.domain.model.account;

import io.switchboard.domain.shared.SharedEntries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * Plain Java with the time passed in, so it is tested on a fake clock. The counts are {@link SharedEntries} every node
 * of a cluster shares (changed by compare-and-set), so a guesser spread over the nodes gets no more attempts than
 * against one; each entry is kept only as long as it can still matter, so the store forgets by itself.
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

    /** A key's entry is changed by one node at a time; a writer that loses reads again, this often at most. */
    private static final int ATTEMPTS = 64;

    private final LoginPolicy policy;
    private final SharedEntries store;
    /** How long an entry can still matter: a failure counts within the lock duration, a wait is at most the backoff. */
    private final Duration keep;

    public LoginThrottle(LoginPolicy policy, SharedEntries store) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.store = Objects.requireNonNull(store, "store");
        this.keep = policy.lockDuration().plus(policy.maxBackoff());
    }

    /** Before the password is looked at: may this name be tried from this address now? */
    public Verdict check(String name, String address, Instant now) {
        AddressFailures a = AddressFailures.parse(store.get(addressKey(address)));
        if (a.notBefore != null && now.isBefore(a.notBefore)) {
            return new Verdict(Kind.THROTTLED, Duration.between(now, a.notBefore));
        }
        String key = nameKey(name, address);
        String value = store.get(key);
        NameAtAddress n = NameAtAddress.parse(value);
        if (n.lockedUntil != null) {
            if (now.isBefore(n.lockedUntil)) {
                return new Verdict(Kind.LOCKED, Duration.between(now, n.lockedUntil));
            }
            store.compareAndSet(key, value, null, null); // the lock is over; lost to another writer, it changed anyway
        }
        return Verdict.ALLOW;
    }

    /**
     * A wrong password (or a name that does not exist). Returns {@link Kind#LOCKED} when this failure locked the
     * name for the address, else {@link Kind#ALLOWED} (the caller answers "wrong name or password").
     */
    public Verdict failed(String name, String address, Instant now) {
        String addressKey = addressKey(address);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String before = store.get(addressKey);
            AddressFailures a = AddressFailures.parse(before);
            a.add(now, policy);
            if (store.compareAndSet(addressKey, before, a.format(), keep)) {
                break;
            }
        }
        String key = nameKey(name, address);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String before = store.get(key);
            NameAtAddress n = NameAtAddress.parse(before);
            n.failures++;
            boolean locks = n.failures >= policy.maxFailures();
            if (locks) {
                n.failures = 0;
                n.lockedUntil = now.plus(policy.lockDuration());
            }
            if (store.compareAndSet(key, before, n.format(), keep)) {
                return locks ? new Verdict(Kind.LOCKED, policy.lockDuration()) : Verdict.ALLOW;
            }
        }
        // contended beyond reason (a flood on one name): lock rather than let it through
        return new Verdict(Kind.LOCKED, policy.lockDuration());
    }

    /** The right password: the name's count for this address starts again. */
    public void succeeded(String name, String address) {
        String key = nameKey(name, address);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String before = store.get(key);
            if (before == null || store.compareAndSet(key, before, null, null)) {
                return;
            }
        }
    }

    private static String nameKey(String name, String address) {
        // a name of any length may be typed: a long one is cut and told apart by its hash
        String n = name.length() <= 200 ? name : name.substring(0, 200) + "#" + Integer.toHexString(name.hashCode());
        return "login/name/" + n + '\n' + address;
    }

    private static String addressKey(String address) {
        return "login/address/" + address;
    }

    private static Instant instant(String millis) {
        return millis.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(millis));
    }

    private static String millis(Instant at) {
        return at == null ? "" : Long.toString(at.toEpochMilli());
    }

    /** Failures in a row of one name from one address, and the lock they earned: "failures/lockedUntil". */
    private static final class NameAtAddress {
        int failures;
        Instant lockedUntil;

        static NameAtAddress parse(String value) {
            NameAtAddress n = new NameAtAddress();
            if (value != null) {
                int slash = value.indexOf('/');
                n.failures = Integer.parseInt(value.substring(0, slash));
                n.lockedUntil = instant(value.substring(slash + 1));
            }
            return n;
        }

        String format() {
            return failures + "/" + millis(lockedUntil);
        }
    }

    /**
     * The failure times of one address within the lock duration, and the earliest next attempt:
     * "notBefore/t1,t2,..." (epoch milliseconds).
     */
    private static final class AddressFailures {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant notBefore;

        static AddressFailures parse(String value) {
            AddressFailures a = new AddressFailures();
            if (value != null) {
                int slash = value.indexOf('/');
                a.notBefore = instant(value.substring(0, slash));
                for (String t : value.substring(slash + 1).split(",")) {
                    if (!t.isEmpty()) {
                        a.failures.addLast(instant(t));
                    }
                }
            }
            return a;
        }

        String format() {
            StringBuilder s = new StringBuilder(millis(notBefore)).append('/');
            failures.forEach(t -> s.append(t.toEpochMilli()).append(','));
            return s.toString();
        }

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
    }
}
