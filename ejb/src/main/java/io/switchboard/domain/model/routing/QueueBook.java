package io.switchboard.domain.model.routing;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The waiting conversations, indexed by skill group. A conversation with several candidate groups (overflow,
 * RT-8) sits in each of their queues at once and leaves all of them when it is assigned. Order within a queue:
 * higher priority first, then arrival order (RT-7 FIFO within a priority).
 */
public final class QueueBook {

    static final Comparator<WaitingConversation> ORDER = Comparator
            .comparingInt((WaitingConversation w) -> -w.priority())
            .thenComparingLong(WaitingConversation::seq)
            .thenComparingLong(WaitingConversation::conversationId);

    private final Map<Long, NavigableSet<WaitingConversation>> byGroup = new HashMap<>();
    private final Map<Long, WaitingConversation> byConversation = new HashMap<>();

    public QueueBook(Collection<WaitingConversation> waiting) {
        waiting.forEach(this::add);
    }

    public void add(WaitingConversation w) {
        if (byConversation.putIfAbsent(w.conversationId(), w) != null) {
            throw new IllegalStateException("conversation " + w.conversationId() + " is already queued");
        }
        for (Long group : w.groups()) {
            byGroup.computeIfAbsent(group, g -> new TreeSet<>(ORDER)).add(w);
        }
    }

    public boolean remove(long conversationId) {
        WaitingConversation w = byConversation.remove(conversationId);
        if (w == null) {
            return false;
        }
        for (Long group : w.groups()) {
            NavigableSet<WaitingConversation> q = byGroup.get(group);
            q.remove(w);
            if (q.isEmpty()) {
                byGroup.remove(group);
            }
        }
        return true;
    }

    public Optional<WaitingConversation> get(long conversationId) {
        return Optional.ofNullable(byConversation.get(conversationId));
    }

    /** The queue of one group in service order; empty when nobody waits there. */
    public NavigableSet<WaitingConversation> of(long groupId) {
        NavigableSet<WaitingConversation> q = byGroup.get(groupId);
        return q == null ? java.util.Collections.emptyNavigableSet() : q;
    }

    /** 1-based place in the primary group's queue ({index}); the people ahead ({num}) are one less. */
    public int position(long conversationId) {
        WaitingConversation w = byConversation.get(conversationId);
        if (w == null) {
            throw new IllegalArgumentException("conversation " + conversationId + " is not queued");
        }
        return of(w.groups().get(0)).headSet(w, false).size() + 1;
    }

    public int size() {
        return byConversation.size();
    }

    public boolean contains(long conversationId) {
        return byConversation.containsKey(conversationId);
    }
}
