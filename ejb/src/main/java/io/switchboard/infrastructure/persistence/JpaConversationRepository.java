package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationEvent;
import io.switchboard.domain.model.conversation.ConversationMessage;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.conversation.ConversationState;
import io.switchboard.domain.model.conversation.DueDeadline;
import io.switchboard.domain.model.conversation.QueueEntry;
import io.switchboard.domain.model.conversation.QueuePositions;
import io.switchboard.domain.model.conversation.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class JpaConversationRepository implements ConversationRepository {

    private static final List<ConversationState> TERMINAL = List.of(ConversationState.CLOSED,
            ConversationState.ABANDONED, ConversationState.TIMED_OUT, ConversationState.LEFT_MESSAGE);

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Conversation conversation) {
        em.persist(conversation);
    }

    @Override
    public Optional<Conversation> find(long id) {
        return Optional.ofNullable(em.find(Conversation.class, id));
    }

    @Override
    public Optional<Conversation> lock(long id) {
        Conversation c = InContext.find(em, Conversation.class, id);
        if (c == null) {
            // not read yet in this transaction (every chat line): read it under the row lock in one statement. A
            // query, not em.find: a find of a tenant-filtered entity builds its SQL anew each time (a profile of
            // the chat load put that, and the second round trip of find-then-refresh, among the hottest spots)
            return em.createQuery("select c from Conversation c where c.id = :id", Conversation.class)
                    .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        }
        if (em.getLockMode(c) == LockModeType.PESSIMISTIC_WRITE) {
            return Optional.of(c); // locked earlier in this transaction (lockAll): nobody else can have changed it
        }
        // read again under the row lock: the copy in hand may be older than a line another chat transaction just
        // committed (the version would not match); this transaction's own changes are written first, so kept
        em.flush();
        em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(c);
    }

    @Override
    public Optional<ConversationMessage> lastVisitorMessage(long conversationId) {
        // no flush first: a routing transaction holds many changed entities, and their dirty check per offer was a
        // profile's hot spot; the visitor's lines were committed by the transactions that received them
        return em.createQuery("select m from ConversationMessage m where m.conversationId = :c and m.sender = :v "
                        + "order by m.seq desc", ConversationMessage.class)
                .setParameter("c", conversationId).setParameter("v", Sender.VISITOR)
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Map<Long, ConversationMessage> lastVisitorMessages(Collection<Long> conversationIds) {
        Map<Long, ConversationMessage> last = new HashMap<>();
        if (conversationIds.isEmpty()) {
            return last;
        }
        em.createQuery("select m from ConversationMessage m where m.conversationId in :c and m.sender = :v "
                        + "and m.seq = (select max(m2.seq) from ConversationMessage m2 "
                        + "where m2.conversationId = m.conversationId and m2.sender = :v)", ConversationMessage.class)
                .setParameter("c", conversationIds).setParameter("v", Sender.VISITOR)
                .setFlushMode(FlushModeType.COMMIT).getResultStream()
                .forEach(m -> last.put(m.getConversationId(), m));
        return last;
    }

    @Override
    public void lockAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        // a conversation this transaction already read without the lock keeps that state (a query does not refresh
        // managed entities); its version check then refuses a write over a newer row, so nothing is lost silently
        em.createQuery("select c from Conversation c where c.id in :ids order by c.id", Conversation.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public List<Conversation> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Conversation c where c.id in :ids", Conversation.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Conversation> ofAgent(long agentId, boolean open, int offset, int limit) {
        String query = open
                ? "select c from Conversation c where c.state = :assigned and (c.agentId = :a or c.transferToAgentId = :a) "
                        + "order by c.assignedAt, c.id"
                : "select c from Conversation c where c.agentId = :a and c.endedAt is not null order by c.endedAt desc, c.id desc";
        TypedQuery<Conversation> q = em.createQuery(query, Conversation.class).setParameter("a", agentId);
        if (open) {
            q.setParameter("assigned", ConversationState.ASSIGNED);
        }
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOfAgent(long agentId, boolean open) {
        String query = open
                ? "select count(c) from Conversation c where c.state = :assigned and (c.agentId = :a or c.transferToAgentId = :a)"
                : "select count(c) from Conversation c where c.agentId = :a and c.endedAt is not null";
        TypedQuery<Long> q = em.createQuery(query, Long.class).setParameter("a", agentId);
        if (open) {
            q.setParameter("assigned", ConversationState.ASSIGNED);
        }
        return q.getSingleResult();
    }

    @Override
    public List<Conversation> records(long agentId, String query, int offset, int limit) {
        return recordQuery(Conversation.class, "select c", agentId, query, " order by c.endedAt desc, c.id desc")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countRecords(long agentId, String query) {
        return recordQuery(Long.class, "select count(c)", agentId, query, "").getSingleResult();
    }

    private <T> TypedQuery<T> recordQuery(Class<T> type, String select, long agentId, String query, String order) {
        boolean has = LikePattern.given(query);
        TypedQuery<T> q = em.createQuery(select + " from Conversation c where c.agentId = :a and c.endedAt is not null"
                + (has ? " and (lower(c.visitorId) like :q escape '!' or lower(c.visitorName) like :q escape '!'"
                        + " or exists (select m.id from ConversationMessage m where m.conversationId = c.id"
                        + " and m.recalledAt is null and lower(m.body) like :q escape '!'))" : "")
                + order, type).setParameter("a", agentId);
        if (has) {
            q.setParameter("q", LikePattern.contains(query));
        }
        return q;
    }

    @Override
    public List<Conversation> ofVisitor(String visitorId, String channel, int limit) {
        return em.createQuery("select c from Conversation c where c.visitorId = :v and c.channel = :ch order by c.id desc",
                Conversation.class).setParameter("v", visitorId).setParameter("ch", channel).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Conversation> list(ConversationState state, int offset, int limit) {
        TypedQuery<Conversation> q = state == null
                ? em.createQuery("select c from Conversation c order by c.id desc", Conversation.class)
                : em.createQuery("select c from Conversation c where c.state = :s order by c.id desc", Conversation.class)
                        .setParameter("s", state);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(ConversationState state) {
        TypedQuery<Long> q = state == null
                ? em.createQuery("select count(c) from Conversation c", Long.class)
                : em.createQuery("select count(c) from Conversation c where c.state = :s", Long.class).setParameter("s", state);
        return q.getSingleResult();
    }

    @Override
    public List<DueDeadline> dueDeadlines(Instant now, int limit) {
        return em.createQuery("select new io.switchboard.domain.model.conversation.DueDeadline(c.tenantId, c.id) "
                + "from Conversation c where c.nextDeadlineAt <= :now order by c.nextDeadlineAt", DueDeadline.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public List<DueDeadline> dueReservations(Instant now, int limit) {
        return em.createQuery("select new io.switchboard.domain.model.conversation.DueDeadline(q.tenantId, q.conversationId) "
                + "from QueueEntry q where q.preferredAgentId is not null and q.preferredUntil <= :now "
                + "order by q.preferredUntil", DueDeadline.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public int recomputeDeadlines(String tenantId, Instant now) {
        // the tenant named as well: a bulk update is not bound to be filtered by the session's tenant
        return em.createQuery("update Conversation c set c.nextDeadlineAt = :now where c.tenantId = :tenant "
                + "and c.state not in :t").setParameter("now", now).setParameter("tenant", tenantId)
                .setParameter("t", TERMINAL).executeUpdate();
    }

    @Override
    public Optional<Long> lastAgentOf(String visitorId) {
        return em.createQuery("select c.agentId from Conversation c where c.visitorId = :v and c.agentId is not null "
                + "order by c.assignedAt desc", Long.class)
                .setParameter("v", visitorId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Map<Long, Integer> openCountByGroup(Collection<Long> groupIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (groupIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select c.skillGroupId, count(c) from Conversation c where c.state = :s "
                + "and c.skillGroupId in :g group by c.skillGroupId", Object[].class)
                .setParameter("s", ConversationState.ASSIGNED).setParameter("g", groupIds)
                .getResultList().forEach(row -> counts.put((Long) row[0], ((Long) row[1]).intValue()));
        return counts;
    }

    @Override
    public void addEntry(QueueEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<QueueEntry> findEntry(long conversationId) {
        return Optional.ofNullable(em.find(QueueEntry.class, conversationId));
    }

    @Override
    public void removeEntry(QueueEntry entry) {
        em.remove(entry);
    }

    @Override
    public List<QueueEntry> queueOf(Collection<Long> groupIds, int limit) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = em.createQuery("select q.conversationId from QueueEntry q where q.conversationId in "
                + "(select q2.conversationId from QueueEntry q2 join q2.groupIds g where g in :g) "
                + "order by q.priority desc, q.seq", Long.class)
                .setParameter("g", groupIds).setMaxResults(limit).getResultList();
        return entries(ids);
    }

    private List<QueueEntry> entries(List<Long> orderedIds) {
        if (orderedIds.isEmpty()) {
            return List.of();
        }
        Map<Long, QueueEntry> byId = new HashMap<>();
        em.createQuery("select q from QueueEntry q join fetch q.groupIds where q.conversationId in :ids", QueueEntry.class)
                .setParameter("ids", orderedIds).getResultList().forEach(e -> byId.put(e.getConversationId(), e));
        return orderedIds.stream().map(byId::get).toList();
    }

    @Override
    public List<QueueEntry> queueSnapshot() {
        // the entries and their groups in ONE statement: two (ids, then rows; or rows, then each entry's groups)
        // could see an entry that left in between half gone, as an empty group list
        List<QueueEntry> rows = em.createQuery("select q from QueueEntry q join fetch q.groupIds "
                + "order by q.priority desc, q.seq, q.conversationId", QueueEntry.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        Map<Long, QueueEntry> inOrder = new LinkedHashMap<>(); // one entry per conversation, whatever the fetch join gives
        rows.forEach(e -> inOrder.putIfAbsent(e.getConversationId(), e));
        return List.copyOf(inOrder.values());
    }

    @Override
    public long queueLength(Long groupId) {
        TypedQuery<Long> q = groupId == null
                ? em.createQuery("select count(q) from QueueEntry q", Long.class)
                : em.createQuery("select count(q) from QueueEntry q join q.groupIds g where g = :g", Long.class)
                        .setParameter("g", groupId);
        return q.getSingleResult();
    }

    @Override
    public Map<Long, QueueStats> queueStatsByGroup() {
        Map<Long, QueueStats> stats = new java.util.HashMap<>();
        em.createQuery("select g, count(q), min(q.enqueuedAt) from QueueEntry q join q.groupIds g group by g", Object[].class)
                .getResultStream()
                .forEach(r -> stats.put((Long) r[0], new QueueStats(((Number) r[1]).longValue(), (java.time.Instant) r[2])));
        return stats;
    }

    @Override
    public int position(QueueEntry entry) {
        List<Long> groups = entry.getGroupIds();
        if (groups.isEmpty()) {
            // its row was read before it left the queue and its groups after (two statements): it holds no place
            return 1;
        }
        Long ahead = em.createQuery("select count(q) from QueueEntry q join q.groupIds g where g = :g "
                + "and (q.priority > :p or (q.priority = :p and q.seq < :s))", Long.class)
                .setParameter("g", groups.get(0)).setParameter("p", entry.getPriority())
                .setParameter("s", entry.getSeq()).getSingleResult();
        return ahead.intValue() + 1;
    }

    @Override
    public List<QueuePositions.Waiting> waiting(int limit) {
        List<Object[]> rows = em.createQuery("select q.conversationId, c.channel, c.visitorId from QueueEntry q "
                + "join Conversation c on c.id = q.conversationId order by q.priority desc, q.seq", Object[].class)
                .setMaxResults(limit).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> groups = new HashMap<>();
        em.createQuery("select q.conversationId, g, index(g) from QueueEntry q join q.groupIds g "
                + "where q.conversationId in :ids order by q.conversationId, index(g)", Object[].class)
                .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList()).getResultList()
                .forEach(r -> groups.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>()).add((Long) r[1]));
        return rows.stream().map(r -> new QueuePositions.Waiting((Long) r[0], (String) r[1], (String) r[2],
                groups.getOrDefault((Long) r[0], List.of()))).toList();
    }

    @Override
    public void addMessage(ConversationMessage message) {
        em.persist(message);
    }

    @Override
    public List<ConversationMessage> messages(long conversationId) {
        return em.createQuery("select m from ConversationMessage m where m.conversationId = :c order by m.seq",
                ConversationMessage.class).setParameter("c", conversationId).getResultList();
    }

    @Override
    public List<Long> recalledSeqs(long conversationId) {
        return em.createQuery("select m.seq from ConversationMessage m where m.conversationId = :c "
                + "and m.recalledAt is not null order by m.seq", Long.class).setParameter("c", conversationId).getResultList();
    }

    @Override
    public List<ConversationMessage> messagesAfter(long conversationId, long afterSeq, int limit) {
        return em.createQuery("select m from ConversationMessage m where m.conversationId = :c and m.seq > :s "
                + "order by m.seq", ConversationMessage.class)
                .setParameter("c", conversationId).setParameter("s", afterSeq).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<ConversationMessage> latestFrom(long conversationId, Sender sender) {
        return em.createQuery("select m from ConversationMessage m where m.conversationId = :c and m.sender = :s "
                + "order by m.seq desc", ConversationMessage.class).setParameter("c", conversationId)
                .setParameter("s", sender).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<ConversationMessage> message(long conversationId, long seq) {
        return em.createQuery("select m from ConversationMessage m where m.conversationId = :c and m.seq = :s",
                ConversationMessage.class).setParameter("c", conversationId).setParameter("s", seq)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Long> openIdOf(String visitorId, String channel) {
        return em.createQuery("select c.id from Conversation c where c.visitorId = :v and c.channel = :ch "
                + "and c.state not in :t order by c.id desc", Long.class)
                .setParameter("v", visitorId).setParameter("ch", channel).setParameter("t", TERMINAL)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public java.util.Map<String, Conversation> openOf(java.util.Collection<String> visitorIds, String channel) {
        java.util.Map<String, Conversation> open = new java.util.HashMap<>();
        if (!visitorIds.isEmpty()) {
            em.createQuery("select c from Conversation c where c.visitorId in :v and c.channel = :ch "
                    + "and c.state not in :t order by c.id", Conversation.class)
                    .setParameter("v", visitorIds).setParameter("ch", channel).setParameter("t", TERMINAL)
                    .getResultList().forEach(c -> open.put(c.getVisitorId(), c)); // the newest wins
        }
        return open;
    }

    @Override
    public List<String> tenantsWithStaleArrivals(Instant before, int limit) {
        return em.createQuery("select distinct q.tenantId from QueueEntry q where q.announced = false "
                + "and q.enqueuedAt < :before", String.class).setParameter("before", before).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<QueueEntry> unannounced(int limit) {
        List<Long> ids = em.createQuery("select q.conversationId from QueueEntry q where q.announced = false "
                + "order by q.priority desc, q.seq", Long.class).setMaxResults(limit).getResultList();
        return entries(ids).stream().filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<Conversation> latestOf(String visitorId, String channel) {
        return em.createQuery("select c from Conversation c where c.visitorId = :v and c.channel = :ch order by c.id desc",
                Conversation.class).setParameter("v", visitorId).setParameter("ch", channel)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Map<Long, Instant> transferredAwayBy(long agentId, int limit) {
        Map<Long, Instant> away = new LinkedHashMap<>();
        em.createQuery("select e.conversationId, max(e.occurredAt) from ConversationEvent e where e.agentId = :a "
                        + "and e.type = 'TRANSFERRED_AWAY' group by e.conversationId order by max(e.occurredAt) desc",
                        Object[].class).setParameter("a", agentId).setMaxResults(limit).getResultStream()
                .forEach(r -> away.put((Long) r[0], (Instant) r[1]));
        return away;
    }

    @Override
    public long countOpenOf(String channel, String association) {
        return em.createQuery("select count(c) from Conversation c where c.channel = :ch and c.association = :a "
                + "and c.state in :open", Long.class).setParameter("ch", channel).setParameter("a", association)
                .setParameter("open", java.util.List.of(ConversationState.IN_FLOW, ConversationState.QUEUED,
                        ConversationState.ASSIGNED)).getSingleResult();
    }

    @Override
    public Optional<Conversation> latestBefore(String visitorId, String channel, long beforeId) {
        return em.createQuery("select c from Conversation c where c.visitorId = :v and c.channel = :ch and c.id < :before "
                + "order by c.id desc", Conversation.class).setParameter("v", visitorId).setParameter("ch", channel)
                .setParameter("before", beforeId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<ConversationEvent> events(long conversationId, Collection<String> types) {
        return em.createQuery("select e from ConversationEvent e where e.conversationId = :c and e.type in :types "
                + "order by e.occurredAt, e.id", ConversationEvent.class).setParameter("c", conversationId)
                .setParameter("types", types).getResultList();
    }

    @Override
    public void addEvent(ConversationEvent event) {
        em.persist(event);
    }
}
