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

    synchronized void remember(String sessionId, UserSession.SignedIn signedIn) {
        bySession.put(sessionId, new Entry(signedIn, System.nanoTime()));
    }

    synchronized UserSession.SignedIn recall(String sessionId) {
        Entry e = bySession.get(sessionId);
        return e == null || System.nanoTime() - e.at() > KEEP_NANOS ? null : e.signedIn();
    }
}
