package io.switchboard.domain.model.visitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is on a site right now (S2 §1 在线访客, S3 §2.2): a visitor is browsing while their widget holds a socket. A
 * page change closes one socket and opens the next, so a visit outlives a closed socket by {@link #GRACE}; within
 * it the next page continues the visit (its start and its page count), after it the visitor has left. Plain Java,
 * thread-safe; one per node (the cluster issue shares it).
 */
public final class LiveVisits {

    /** How long a visitor without a socket still counts as on the site (the next page is loading). */
    public static final Duration GRACE = Duration.ofSeconds(30);
    /** A visit ends after this long without a page: the next page starts a new visit. */
    public static final Duration VISIT_GAP = Duration.ofMinutes(30);

    /** One visitor's visit: the site, when it started, the pages (socket connects) and the open sockets. */
    public record Visit(String tenantId, String visitorId, long siteId, String language, Instant startedAt, int pages,
                        int sockets, Instant lastSeenAt) {

        /** Browsing at {@code now}: a socket is open, or the last one closed less than {@link #GRACE} ago. */
        public boolean browsing(Instant now) {
            return sockets > 0 || lastSeenAt.plus(GRACE).isAfter(now);
        }
    }

    /** Every this many arrivals the visits over for good are forgotten, listed or not (bounded memory). */
    static final int PRUNE_EVERY = 1024;

    private final Map<String, Map<String, Visit>> byTenant = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong arrivals = new java.util.concurrent.atomic.AtomicLong();

    /** A page of the site opened the visitor's socket. */
    public Visit arrived(String tenantId, String visitorId, long siteId, String language, Instant now) {
        if (arrivals.incrementAndGet() % PRUNE_EVERY == 0) {
            byTenant.values().forEach(visits -> forgetOver(visits, now));
        }
        return visits(tenantId).compute(visitorId, (id, v) -> {
            if (v == null || v.sockets() == 0 && v.lastSeenAt().plus(VISIT_GAP).isBefore(now)) {
                return new Visit(tenantId, id, siteId, language, now, 1, 1, now);
            }
            return new Visit(tenantId, id, siteId, language, v.startedAt(), v.pages() + 1, v.sockets() + 1, now);
        });
    }

    /**
     * The visitor's socket closed (page change, tab closed, network gone).
     *
     * @return the visitor's sockets still open (another tab): while there is one the visitor is still there
     */
    public int left(String tenantId, String visitorId, Instant now) {
        Visit v = visits(tenantId).computeIfPresent(visitorId,
                (id, old) -> new Visit(tenantId, id, old.siteId(), old.language(), old.startedAt(), old.pages(),
                        Math.max(0, old.sockets() - 1), now));
        return v == null ? 0 : v.sockets();
    }

    /** The first line of a chat an agent starts when the agent gives none, in the visitor's language. */
    public static String greeting(String language) {
        return "en".equals(language) ? "Hello! Can I help you with anything?" : "您好！有什么可以帮您的吗？";
    }

    /** The tenant's visitors browsing now, the newest visit first; visits over for good are forgotten. */
    public List<Visit> browsing(String tenantId, Instant now, int limit) {
        Map<String, Visit> visits = visits(tenantId);
        forgetOver(visits, now);
        List<Visit> live = new ArrayList<>();
        for (Visit v : visits.values()) {
            if (v.browsing(now)) {
                live.add(v);
            }
        }
        live.sort(Comparator.comparing(Visit::startedAt).reversed().thenComparing(Visit::visitorId));
        return live.size() > limit ? live.subList(0, limit) : live;
    }

    /** The visitor's visit if they are browsing now. */
    public java.util.Optional<Visit> of(String tenantId, String visitorId, Instant now) {
        return java.util.Optional.ofNullable(visits(tenantId).get(visitorId)).filter(v -> v.browsing(now));
    }

    private static void forgetOver(Map<String, Visit> visits, Instant now) {
        visits.values().removeIf(v -> v.sockets() == 0 && v.lastSeenAt().plus(VISIT_GAP).isBefore(now));
    }

    /** How many visits are remembered (browsing, or over but not yet forgotten). */
    int remembered() {
        return byTenant.values().stream().mapToInt(Map::size).sum();
    }

    private Map<String, Visit> visits(String tenantId) {
        return byTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>());
    }
}
