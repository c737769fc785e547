package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.report.DailyRollup;
import io.switchboard.domain.model.report.GroupHourRollup;
import io.switchboard.domain.model.report.DayKey;
import io.switchboard.domain.model.report.HourlyRollup;
import io.switchboard.domain.model.report.ReportFact;
import io.switchboard.domain.model.report.ReportRepository;
import io.switchboard.domain.model.report.RollupCounters;
import io.switchboard.domain.model.report.RollupKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(ReportFact fact) {
        em.persist(fact);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> tenantsWithPendingFacts(int limit) {
        // native SQL on purpose: the roller looks across tenants, which the tenant filter would hide
        return em.createNativeQuery("select distinct tenant_id from report_fact where rolled_up = false")
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<ReportFact> pendingFacts(int limit) {
        return em.createQuery("select f from ReportFact f where f.rolledUp = false order by f.id", ReportFact.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(limit).getResultList();
    }

    @Override
    public void markRolledUp(List<Long> factIds) {
        em.createQuery("update ReportFact f set f.rolledUp = true where f.id in :ids").setParameter("ids", factIds)
                .executeUpdate();
    }

    @Override
    public Optional<HourlyRollup> lockRollup(RollupKey key) {
        return em.createQuery("select r from HourlyRollup r where r.hourStart = :h and r.skillGroupId = :g "
                        + "and r.agentId = :a and r.channel = :c and r.association = :s", HourlyRollup.class)
                .setParameter("h", key.hour()).setParameter("g", key.skillGroupId()).setParameter("a", key.agentId())
                .setParameter("c", key.channel()).setParameter("s", key.association())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public void add(HourlyRollup rollup) {
        em.persist(rollup);
    }

    @Override
    public Optional<DailyRollup> lockDaily(DayKey key) {
        return em.createQuery("select r from DailyRollup r where r.rollupDay = :d and r.skillGroupId = :g "
                        + "and r.agentId = :a and r.channel = :c and r.association = :s", DailyRollup.class)
                .setParameter("d", key.day()).setParameter("g", key.skillGroupId()).setParameter("a", key.agentId())
                .setParameter("c", key.channel()).setParameter("s", key.association())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public void add(DailyRollup rollup) {
        em.persist(rollup);
    }

    @Override
    public Optional<GroupHourRollup> lockGroupHour(RollupKey key) {
        return em.createQuery("select r from GroupHourRollup r where r.hourStart = :h and r.skillGroupId = :g "
                        + "and r.agentId = 0 and r.channel = '' and r.association = ''", GroupHourRollup.class)
                .setParameter("h", key.hour()).setParameter("g", key.skillGroupId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public void add(GroupHourRollup rollup) {
        em.persist(rollup);
    }

    @Override
    public RollupCounters sum(Slice slice) {
        Object[] row = slice(Object[].class, "select " + RollupCounters.SUM_SELECT, slice, "").getSingleResult();
        return RollupCounters.fromRow(row, 0);
    }

    @Override
    public List<Keyed<Long>> sumByGroup(Slice slice) {
        List<Keyed<Long>> out = new ArrayList<>();
        for (Object[] row : slice(Object[].class, "select r.skillGroupId, " + RollupCounters.SUM_SELECT, slice,
                " group by r.skillGroupId order by r.skillGroupId").getResultList()) {
            out.add(new Keyed<>(((Number) row[0]).longValue(), RollupCounters.fromRow(row, 1)));
        }
        return out;
    }

    @Override
    public List<Keyed<Long>> sumByAgent(Slice slice) {
        List<Keyed<Long>> out = new ArrayList<>();
        for (Object[] row : slice(Object[].class, "select r.agentId, " + RollupCounters.SUM_SELECT, slice,
                " and r.agentId <> 0 group by r.agentId order by r.agentId").getResultList()) {
            out.add(new Keyed<>(((Number) row[0]).longValue(), RollupCounters.fromRow(row, 1)));
        }
        return out;
    }

    @Override
    public List<Grouped> sumGrouped(Slice slice, boolean byAgent, boolean byChannel, boolean byAssociation, boolean byTime) {
        List<String> columns = new ArrayList<>();
        if (byAgent) {
            columns.add("r.agentId");
        }
        if (byChannel) {
            columns.add("r.channel");
        }
        if (byAssociation) {
            columns.add("r.association");
        }
        if (byTime) {
            columns.add(slice.wholeDays() ? "r.rollupDay" : "r.hourStart");
        }
        String keys = String.join(", ", columns);
        List<Grouped> out = new ArrayList<>();
        for (Object[] row : slice(Object[].class, "select " + (keys.isEmpty() ? "" : keys + ", ") + RollupCounters.SUM_SELECT,
                slice, keys.isEmpty() ? "" : " group by " + keys).getResultList()) {
            int i = 0;
            long agent = byAgent ? ((Number) row[i++]).longValue() : 0;
            String channel = byChannel ? (String) row[i++] : "";
            String association = byAssociation ? (String) row[i++] : "";
            Object time = byTime ? row[i++] : null;
            out.add(new Grouped(agent, channel, association, time, RollupCounters.fromRow(row, i)));
        }
        return out;
    }

    @Override
    public List<GroupHour> sumByGroupAndHour(Instant from, Instant to) {
        List<GroupHour> out = new ArrayList<>();
        // one row per hour and group already: the group by only keeps the shape of the other sums
        for (Object[] row : em.createQuery("select r.skillGroupId, r.hourStart, " + RollupCounters.SUM_SELECT
                        + " from GroupHourRollup r where r.hourStart >= :from and r.hourStart < :to"
                        + " group by r.skillGroupId, r.hourStart", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            out.add(new GroupHour(((Number) row[0]).longValue(), (Instant) row[1], RollupCounters.fromRow(row, 2)));
        }
        return out;
    }

    private <T> TypedQuery<T> slice(Class<T> type, String select, Slice s, String tail) {
        // whole days: the daily rows (one per day and key instead of one per hour)
        StringBuilder q = new StringBuilder(select).append(s.wholeDays()
                ? " from DailyRollup r where r.rollupDay >= :from and r.rollupDay <= :to"
                : " from HourlyRollup r where r.hourStart >= :from and r.hourStart < :to");
        if (s.skillGroupId() != null) {
            q.append(" and r.skillGroupId = :g");
        }
        if (s.agentId() != null) {
            q.append(" and r.agentId = :a");
        }
        if (s.channel() != null) {
            q.append(" and r.channel = :c");
        }
        TypedQuery<T> query = em.createQuery(q.append(tail).toString(), type);
        if (s.wholeDays()) {
            query.setParameter("from", s.firstDay()).setParameter("to", s.lastDay());
        } else {
            query.setParameter("from", s.from()).setParameter("to", s.to());
        }
        if (s.skillGroupId() != null) {
            query.setParameter("g", s.skillGroupId());
        }
        if (s.agentId() != null) {
            query.setParameter("a", s.agentId());
        }
        if (s.channel() != null) {
            query.setParameter("c", s.channel());
        }
        return query;
    }

    private static final String ENDED_PARTS = " from ReportFact f where f.kind = :k and f.agentId = :a"
            + " and f.bucketAt >= :from and f.bucketAt < :to and (f.detail is null or f.detail <> :withdrawn)";

    @Override
    public List<ReportFact> endedParts(long agentId, Instant from, Instant to, int offset, int limit) {
        return parts(ReportFact.class, "select f" + ENDED_PARTS + " order by f.bucketAt desc, f.id desc", agentId, from, to)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countEndedParts(long agentId, Instant from, Instant to) {
        return parts(Long.class, "select count(f)" + ENDED_PARTS, agentId, from, to).getSingleResult();
    }

    private <T> TypedQuery<T> parts(Class<T> type, String query, long agentId, Instant from, Instant to) {
        return em.createQuery(query, type).setParameter("k", io.switchboard.domain.model.report.FactKind.SEGMENT_ENDED)
                .setParameter("a", agentId).setParameter("from", from).setParameter("to", to)
                .setParameter("withdrawn", io.switchboard.domain.model.report.RaisedFact.WITHDRAWN);
    }

    @Override
    public List<HourChannel> inboundByHourAndChannel(Instant from, Instant to) {
        return em.createQuery("select r.hourStart, r.channel, sum(r.counters.arrived), sum(r.counters.answered),"
                        + " sum(r.counters.abandoned) from HourlyRollup r where r.hourStart >= :from and r.hourStart < :to"
                        + " group by r.hourStart, r.channel order by r.hourStart, r.channel", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new HourChannel((Instant) r[0], (String) r[1], ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(), ((Number) r[4]).longValue()))
                .toList();
    }

    /** The profile fields a share may be taken by (never a name from outside into the query). */
    private static final java.util.Set<String> SHARE_FIELDS = java.util.Set.of("os", "browser", "device", "region");

    @Override
    public List<Share> visitorShares(String field, Instant from, Instant to) {
        if (!SHARE_FIELDS.contains(field)) {
            throw new IllegalArgumentException("field: one of " + SHARE_FIELDS);
        }
        // an entity join with "on" (a comma join of two tenant-filtered entities makes Hibernate 6.6 write invalid SQL)
        return em.createQuery("select coalesce(v." + field + ", ''), count(c) from Conversation c"
                        + " join VisitorProfile v on v.channel = c.channel and v.visitorId = c.visitorId"
                        + " where c.createdAt >= :from and c.createdAt < :to"
                        + " group by coalesce(v." + field + ", '') order by count(c) desc", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new Share((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    @Override
    public Optional<Instant> oldestPending() {
        return em.createQuery("select min(f.occurredAt) from ReportFact f where f.rolledUp = false", Instant.class)
                .getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }
}
