package io.switchboard.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sign-ins this node made in the last minute, by session id. The browser's next request after a login can
 * overtake the distributable session's replication of the login request: it then finds the principal (the server's
 * own cache) but not yet the session attribute with the sign-in. That request reaches the same node (the session
 * sticks to it), which still remembers the sign-in here. Bounded in time and size; never the only record.
 * Also by user name (unique across the installation): the container may give the session a new id when it restores
 * the saved login on that next request (the redirect back to the page that asked for login), and the principal is
 * the container's proof that this request belongs to that account. The sign-in's session epoch comes along, so a
 * password reset since then still ends the session.
 */
@ApplicationScoped
public class RecentSignIns {

    private static final long KEEP_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int MAX = 10_000;

    private record Entry(UserSession.SignedIn signedIn, long at) {
    }

    private final Map<String, Entry> bySession = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX || System.nanoTime() - eldest.getValue().at() > KEEP_NANOS;
        }
    };

    private final Map<String, Entry> byUser = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX || System.nanoTime() - eldest.getValue().at() > KEEP_NANOS;
        }
    };

    synchronized void remember(String sessionId, UserSession.SignedIn signedIn) {
        Entry entry = new Entry(signedIn, System.nanoTime());
        bySession.put(sessionId, entry);
        byUser.remove(signedIn.username()); // re-inserted last, so the eldest stays the oldest
        byUser.put(signedIn.username(), entry);
    }

    /** The sign-in of this session, else the latest of the principal's account, if made in the last minute. */
    synchronized UserSession.SignedIn recall(String sessionId, String principalName) {
        Entry e = bySession.get(sessionId);
        if (e == null && principalName != null) {
            e = byUser.get(principalName);
        }
        return e == null || System.nanoTime() - e.at() > KEEP_NANOS ? null : e.signedIn();
    }
}
