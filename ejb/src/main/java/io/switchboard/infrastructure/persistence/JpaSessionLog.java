package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.conversation.ConversationState;
import io.switchboard.domain.model.conversation.EndReason;
import io.switchboard.domain.model.conversation.SessionLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaSessionLog implements SessionLog {

    private static final List<ConversationState> OPEN =
            List.of(ConversationState.IN_FLOW, ConversationState.QUEUED, ConversationState.ASSIGNED);

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Entry> search(Filter filter, int offset, int limit) {
        return entries(where(filter), offset, limit);
    }

    @Override
    public java.util.Optional<Entry> find(long conversationId) {
        return entries(new JpqlFilter().when(conversationId, "c.id = :id", "id"), 0, 1).stream().findFirst();
    }

    private List<Entry> entries(JpqlFilter where, int offset, int limit) {
        return where.query(em, Object[].class,
                        "select c.id, c.visitorId, c.visitorName, c.channel, c.state, c.endReason, c.agentId, s.displayName,"
                                + " c.skillGroupId, g.name, c.createdAt, c.queuedAt,"
                                // the first agent's pickup: a transfer moves assignedAt, not this (issue 21)
                                + " coalesce(c.figures.firstServedAt, c.assignedAt), c.endedAt, v.ip, v.region,"
                                + " r.score from Conversation c"
                                + " left join AgentSeat s on s.agentId = c.agentId"
                                + " left join SkillGroup g on g.id = c.skillGroupId"
                                + " left join VisitorProfile v on v.channel = c.channel and v.visitorId = c.visitorId"
                                + " left join SatisfactionRating r on r.conversationId = c.id",
                        "order by c.createdAt desc, c.id desc")
                .setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(JpaSessionLog::entry).toList();
    }

    private static Entry entry(Object[] r) {
        return new Entry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (ConversationState) r[4], (EndReason) r[5], (Long) r[6], (String) r[7], (Long) r[8], (String) r[9],
                (Instant) r[10], (Instant) r[11], (Instant) r[12], (Instant) r[13], (String) r[14], (String) r[15],
                r[16] == null ? null : ((Number) r[16]).intValue());
    }

    @Override
    public long count(Filter filter, int atMost) {
        // the ids up to the bound, not count(c): the database stops at the bound instead of joining every session
        return where(filter).query(em, Long.class, "select c.id from Conversation c", null).setMaxResults(atMost)
                .getResultList().size();
    }

    private static JpqlFilter where(Filter f) {
        JpqlFilter where = new JpqlFilter()
                .when(f.channel(), "c.channel = :channel", "channel")
                .when(f.skillGroupId(), "c.skillGroupId = :group", "group")
                .when(f.agentId(), "c.agentId = :agent", "agent")
                .when(f.from(), "c.createdAt >= :from", "from")
                .when(f.to(), "c.createdAt < :to", "to")
                .contains(f.visitor(), "(lower(c.visitorId) like :visitor escape '!' or lower(c.visitorName) like :visitor escape '!')", "visitor")
                // the inspector's filters (issue 21): the rating, and the service and response times of the reports' rows
                .when(f.maxRating(), "exists (select r2.id from SatisfactionRating r2 where r2.conversationId = c.id"
                        + " and r2.score <= :maxRating)", "maxRating")
                .when(f.minServiceMillis(), "(select coalesce(sum(p.durationMs), 0) from ReportSession p"
                        + " where p.conversationId = c.id and p.partAgentId > 0) >= :minService", "minService")
                .when(f.minResponseMillis(), "exists (select p2.id from ReportSession p2 where p2.conversationId = c.id"
                        + " and p2.partAgentId > 0 and (p2.firstReplyMs >= :minResponse or p2.replyMsMax >= :minResponse))",
                        "minResponse");
        if (f.open() != null) {
            where.when(OPEN, f.open() ? "c.state in :open" : "c.state not in :open", "open");
        }
        return where;
    }
}
