package io.switchboard.domain.model.visitor;

import io.switchboard.domain.shared.ListedEntries;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Who is on a site right now (S2 §1 在线访客, S3 §2.2): a visitor is browsing while their widget holds a socket on any
 * node. A page change closes one socket and opens the next, so a visit outlives a closed socket by {@link #GRACE};
 * within it the next page continues the visit (its start and its page count), after it the visitor has left.
 * <p>
 * Plain Java over {@link ListedEntries} every node shares (one entry per visitor, changed by compare-and-set), so the
 * list is the same on every node and a visitor with one tab on each of two nodes is still there when one tab closes.
 * Each node counts the sockets it holds itself; the counts of a node that died are dropped by {@link #nodesGone}. An
 * entry without sockets is kept for {@link #VISIT_GAP}, so the store forgets visits that are over by itself.
 */
public final class LiveVisits {

    /** How long a visitor without a socket still counts as on the site (the next page is loading). */
    public static final Duration GRACE = Duration.ofSeconds(30);
    /** A visit ends after this long without a page: the next page starts a new visit. */
    public static final Duration VISIT_GAP = Duration.ofMinutes(30);

    /** One visitor's visit: the site, when it started, the pages (socket connects) and the open sockets by node. */
    public record Visit(String tenantId, String visitorId, long siteId, String language, Instant startedAt, int pages,
                        Map<String, Integer> socketsOn, Instant lastSeenAt) {

        public Visit {
            socketsOn = Map.copyOf(socketsOn);
        }

        /** The visitor's open sockets, on all nodes. */
        public int sockets() {
            return socketsOn.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Browsing at {@code now}: a socket is open, or the last one closed less than {@link #GRACE} ago. */
        public boolean browsing(Instant now) {
            return sockets() > 0 || lastSeenAt.plus(GRACE).isAfter(now);
        }

        Visit withSockets(String node, int delta, Instant now) {
            Map<String, Integer> next = new TreeMap<>(socketsOn);
            int n = Math.max(0, next.getOrDefault(node, 0) + delta);
            if (n == 0) {
                next.remove(node);
            } else {
                next.put(node, n);
            }
            return new Visit(tenantId, visitorId, siteId, language, startedAt, pages, next, now);
        }
    }

    /** A visitor's entry is changed by one node at a time; a writer that loses reads again, this often at most. */
    private static final int ATTEMPTS = 64;

    private final ListedEntries store;
    private final String node;

    /**
     * @param store the entries every node shares
     * @param node  this node (the run's id): the sockets counted here
     */
    public LiveVisits(ListedEntries store, String node) {
        this.store = Objects.requireNonNull(store, "store");
        this.node = Objects.requireNonNull(node, "node");
    }

    /** A page of the site opened the visitor's socket on this node. */
    public Visit arrived(String tenantId, String visitorId, long siteId, String language, Instant now) {
        return change(tenantId, visitorId, v -> {
            if (v == null || v.sockets() == 0 && v.lastSeenAt().plus(VISIT_GAP).isBefore(now)) {
                return new Visit(tenantId, visitorId, siteId, language, now, 1, Map.of(node, 1), now);
            }
            Visit more = v.withSockets(node, 1, now);
            return new Visit(tenantId, visitorId, siteId, language, v.startedAt(), v.pages() + 1, more.socketsOn(), now);
        }).orElseThrow();
    }

    /**
     * The visitor's socket on this node closed (page change, tab closed, network gone).
     *
     * @return the visitor's sockets still open on any node (another tab): while there is one the visitor is still there
     */
    public int left(String tenantId, String visitorId, Instant now) {
        return change(tenantId, visitorId, v -> v == null ? null : v.withSockets(node, -1, now)).map(Visit::sockets)
                .orElse(0);
    }

    /**
     * Nodes that are gone (died without closing their sockets): their sockets no longer count, as if each had closed
     * now.
     *
     * @return how many visitors had a socket on one of them
     */
    public int nodesGone(Collection<String> nodes, Instant now) {
        List<String> keys = new ArrayList<>();
        store.forEach("", (key, value) -> {
            if (nodes.stream().anyMatch(n -> value.contains(encode(n) + "="))) {
                keys.add(key);
            }
        });
        for (String key : keys) {
            int newline = key.indexOf('\n');
            change(key.substring(0, newline), key.substring(newline + 1), v -> {
                if (v == null || nodes.stream().noneMatch(v.socketsOn()::containsKey)) {
                    return v;
                }
                Visit w = v;
                for (String n : nodes) {
                    w = w.socketsOn().containsKey(n) ? w.withSockets(n, -w.socketsOn().get(n), now) : w;
                }
                return w;
            });
        }
        return keys.size();
    }

    /** The first line of a chat an agent starts when the agent gives none, in the visitor's language. */
    public static String greeting(String language) {
        return "en".equals(language) ? "Hello! Can I help you with anything?" : "您好！有什么可以帮您的吗？";
    }

    /** The tenant's visitors browsing now, the newest visit first. */
    public List<Visit> browsing(String tenantId, Instant now, int limit) {
        List<Visit> live = new ArrayList<>();
        String prefix = tenantId + '\n';
        store.forEach(prefix, (key, value) -> {
            Visit v = decode(tenantId, key.substring(prefix.length()), value);
            if (v.browsing(now)) {
                live.add(v);
            }
        });
        live.sort(Comparator.comparing(Visit::startedAt).reversed().thenComparing(Visit::visitorId));
        return live.size() > limit ? live.subList(0, limit) : live;
    }

    /** The visitor's visit if they are browsing now. */
    public Optional<Visit> of(String tenantId, String visitorId, Instant now) {
        String value = store.get(key(tenantId, visitorId));
        return Optional.ofNullable(value).map(s -> decode(tenantId, visitorId, s)).filter(v -> v.browsing(now));
    }

    /** Reads, changes and writes the visitor's entry until no other node wrote in between. */
    private Optional<Visit> change(String tenantId, String visitorId, UnaryOperator<Visit> how) {
        String key = key(tenantId, visitorId);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String before = store.get(key);
            Visit next = how.apply(before == null ? null : decode(tenantId, visitorId, before));
            String after = next == null ? null : encode(next);
            Duration keep = next == null || next.sockets() > 0 ? null : VISIT_GAP;
            if (Objects.equals(before, after) || store.compareAndSet(key, before, after, keep)) {
                return Optional.ofNullable(next);
            }
        }
        throw new IllegalStateException("the visit of " + visitorId + " kept changing under " + ATTEMPTS + " attempts");
    }

    private static String key(String tenantId, String visitorId) {
        return tenantId + '\n' + visitorId;
    }

    /** siteId, language, started, pages, last seen (epoch ms), then node=sockets ... (node names URL-encoded). */
    static String encode(Visit v) {
        StringBuilder s = new StringBuilder().append(v.siteId()).append('\t').append(v.language() == null ? "" : v.language())
                .append('\t').append(v.startedAt().toEpochMilli()).append('\t').append(v.pages()).append('\t')
                .append(v.lastSeenAt().toEpochMilli()).append('\t');
        v.socketsOn().forEach((n, count) -> s.append(encode(n)).append('=').append(count).append(' '));
        return s.toString();
    }

    static Visit decode(String tenantId, String visitorId, String value) {
        String[] f = value.split("\t", -1);
        Map<String, Integer> sockets = new TreeMap<>();
        for (String pair : f[5].split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                sockets.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        Integer.parseInt(pair.substring(eq + 1)));
            }
        }
        return new Visit(tenantId, visitorId, Long.parseLong(f[0]), f[1].isEmpty() ? null : f[1],
                Instant.ofEpochMilli(Long.parseLong(f[2])), Integer.parseInt(f[3]), sockets,
                Instant.ofEpochMilli(Long.parseLong(f[4])));
    }

    private static String encode(String node) {
        return URLEncoder.encode(node, StandardCharsets.UTF_8);
    }
}
