package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.report.custom.CustomReportRepository.Group;
import io.switchboard.domain.model.report.custom.CustomReportSpec;
import io.switchboard.domain.model.report.custom.Granularity;
import io.switchboard.domain.model.report.custom.ReportDimension;
import io.switchboard.domain.model.report.custom.ReportMetric;
import io.switchboard.domain.model.report.custom.SessionCubeRepository;
import io.switchboard.domain.model.report.custom.VisitorHashes;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The sealed days (V29) in native SQL: the tenant is a parameter of every statement (native SQL reads no tenant
 * filter), and the sealer looks across tenants. A day's hours are cells of their own ({@link JpaSessionHourCells}),
 * sealed and dropped with the day's.
 */
@ApplicationScoped
public class JpaSessionCubeRepository implements SessionCubeRepository {

    /** A measure: its column in the cells, its value in one row, and how it is totalled. */
    record Measure(String cell, String row, String total) {
    }

    private static final String ENDED = "case when s.ended then %s else 0 end";
    private static final String FIRST_REPLY = "coalesce(s.first_reply_ms, 0)";

    /** The conversations' measures, in the order {@link JpaCustomReportRepository#groups} reads them. */
    static final List<Measure> CREATION = List.of(new Measure("queued", "s.queued", "sum"),
            new Measure("queue_exits", "s.queue_exits", "sum"), new Measure("queue_ms_sum", "s.queue_ms_sum", "sum"),
            new Measure("queue_ms_max", "s.queue_ms_max", "max"));

    /** The parts' measures, in the order {@link JpaCustomReportRepository#groups} reads them. */
    static final List<Measure> PARTS = List.of(new Measure("row_count", "1", "sum"),
            new Measure("lines", ENDED.formatted("s.lines"), "sum"), new Measure("ended_count", ENDED.formatted("1"), "sum"),
            new Measure("duration_ms_sum", ENDED.formatted("s.duration_ms"), "sum"),
            new Measure("duration_ms_max", ENDED.formatted("s.duration_ms"), "max"),
            new Measure("first_replies", "case when s.first_reply_ms is null then 0 else 1 end", "sum"),
            new Measure("first_reply_ms_sum", FIRST_REPLY, "sum"), new Measure("first_reply_ms_max", FIRST_REPLY, "max"),
            new Measure("replies", "s.replies", "sum"), new Measure("reply_ms_sum", "s.reply_ms_sum", "sum"),
            new Measure("reply_ms_max", "s.reply_ms_max", "max"), new Measure("ratings", "s.ratings", "sum"),
            new Measure("rating_sum", "s.rating_sum", "sum"), new Measure("qa_scores", "s.qa_scores", "sum"),
            new Measure("qa_sum", "s.qa_sum", "sum"));

    /** A row's tags, joined for the cells by tag and for a report by tag over the rows. */
    static final String TAGS_OF_ROW = " left join visitor_tag t on t.tenant_id = s.tenant_id and t.channel = s.channel"
            + " and t.visitor_id = s.visitor_id";
    static final String TAG_OF_ROW = "coalesce(t.tag, '')";
    /** The key of a cell over all visitors (its tag is null) while the visitors are gathered. */
    private static final Object ALL_TAGS = new Object();
    private static final String BY_TAG = " and s.tag is not null";
    private static final String OVER_ALL = " and s.tag is null";

    /** The cells' keys: the columns of the row they sum, by name. */
    private static final String KEYS = "local_day, local_week, local_month, agent_id, channel, association, session_type, valid";

    @PersistenceContext
    EntityManager em;
    @Inject
    TenantContext tenant;
    @Inject
    JpaSessionHourCells hours;

    @Override
    public void touch(Collection<LocalDate> days, Instant now) {
        String t = tenant.requireTenant();
        for (LocalDate day : new TreeSet<>(days)) { // in order: two rollers at a lease hand-over wait in line, not a circle
            List<?> state = em.createNativeQuery("select sealed from report_session_seal where tenant_id = ?1"
                    + " and local_day = ?2 for update").setParameter(1, t).setParameter(2, day).getResultList();
            if (state.isEmpty()) {
                em.createNativeQuery("insert into report_session_seal (tenant_id, local_day, sealed, touched_at)"
                        + " values (?1, ?2, false, ?3)").setParameter(1, t).setParameter(2, day).setParameter(3, now)
                        .executeUpdate();
                continue;
            }
            if (Boolean.TRUE.equals(state.get(0))) {
                dropCells(t, day);
            }
            em.createNativeQuery("update report_session_seal set sealed = false, touched_at = ?3 where tenant_id = ?1"
                    + " and local_day = ?2").setParameter(1, t).setParameter(2, day).setParameter(3, now).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void retagged(String channel, String visitorId, Instant now) {
        List<LocalDate> days = new ArrayList<>();
        for (Object d : (List<Object>) em.createNativeQuery("select distinct local_day from report_session"
                        + " where tenant_id = ?1 and visitor_id = ?2 and channel = ?3")
                .setParameter(1, tenant.requireTenant()).setParameter(2, visitorId).setParameter(3, channel)
                .getResultList()) {
            days.add(day(d));
        }
        touch(days, now);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OpenDay> openDays(int limit) {
        List<OpenDay> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select tenant_id, local_day from report_session_seal"
                + " where sealed = false order by local_day, tenant_id").setMaxResults(limit).getResultList()) {
            out.add(new OpenDay((String) r[0], day(r[1])));
        }
        return out;
    }

    @Override
    public boolean seal(LocalDate day, Instant quietSince) {
        String t = tenant.requireTenant();
        // the day's state row first: locked, so its rows cannot be touched before the cells are written
        int sealed = em.createNativeQuery("update report_session_seal set sealed = true where tenant_id = ?1"
                        + " and local_day = ?2 and sealed = false and touched_at <= ?3")
                .setParameter(1, t).setParameter(2, day).setParameter(3, quietSince).executeUpdate();
        if (sealed == 0) {
            return false;
        }
        dropCells(t, day);
        em.createNativeQuery(cells(false)).setParameter(1, t).setParameter(2, day).executeUpdate();
        em.createNativeQuery(cells(true)).setParameter(1, t).setParameter(2, day).executeUpdate();
        keepVisitors(t, day);
        hours.fill(t, day);
        return true;
    }

    /**
     * The statement that sums a day's rows (?1 the tenant, ?2 the day) into its cells: over all visitors (tag null),
     * or {@code byTag} by the visitors' tags of now ('' for none; a row of a visitor with two tags in both).
     */
    private static String cells(boolean byTag) {
        String keys = KEYS.replaceAll("(\\w+)", "s.$1") + (byTag ? ", " + TAG_OF_ROW : "");
        StringBuilder sql = new StringBuilder("insert into report_session_day (tenant_id, is_part, ").append(KEYS)
                .append(byTag ? ", tag" : "");
        CREATION.forEach(m -> sql.append(", ").append(m.cell()));
        PARTS.forEach(m -> sql.append(", ").append(m.cell()));
        sql.append(") select s.tenant_id, s.part_agent_id > 0, ").append(keys);
        CREATION.forEach(m -> sql.append(", ").append(m.total()).append('(').append(m.row()).append(')'));
        PARTS.forEach(m -> sql.append(", ").append(m.total()).append('(').append(m.row()).append(')'));
        sql.append(" from report_session s").append(byTag ? TAGS_OF_ROW : "")
                .append(" where s.tenant_id = ?1 and s.local_day = ?2 and s.withdrawn = false")
                .append(" group by s.tenant_id, s.part_agent_id > 0, ").append(keys);
        return sql.toString();
    }

    /**
     * Each conversation cell of the day gets its distinct visitors ({@link VisitorHashes}): the cells over all
     * visitors and the cells by tag, from one reading of the rows.
     */
    @SuppressWarnings("unchecked")
    private void keepVisitors(String tenantId, LocalDate day) {
        Map<List<Object>, VisitorHashes> cells = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select coalesce(s.agent_id, 0), s.channel,"
                        + " s.association, s.session_type, s.valid, s.visitor_id, " + TAG_OF_ROW
                        + " from report_session s" + TAGS_OF_ROW
                        + " where s.tenant_id = ?1 and s.local_day = ?2 and s.part_agent_id = 0 and s.withdrawn = false"
                        + " and s.visitor_id is not null")
                .setParameter(1, tenantId).setParameter(2, day).getResultList()) {
            List<Object> all = List.of(((Number) r[0]).longValue(), r[1], r[2], r[3], truth(r[4]), ALL_TAGS);
            cells.computeIfAbsent(all, k -> new VisitorHashes()).add((String) r[5]);
            List<Object> tagged = new ArrayList<>(all.subList(0, 5));
            tagged.add(r[6] == null ? "" : r[6].toString());
            cells.computeIfAbsent(tagged, k -> new VisitorHashes()).add((String) r[5]);
        }
        for (Map.Entry<List<Object>, VisitorHashes> e : cells.entrySet()) {
            List<Object> k = e.getKey();
            boolean all = k.get(5) == ALL_TAGS;
            Query update = em.createNativeQuery("update report_session_day set visitor_hashes = ?1 where tenant_id = ?2"
                            + " and local_day = ?3 and is_part = false and coalesce(agent_id, 0) = ?4 and channel = ?5"
                            + " and association = ?6 and session_type = ?7 and valid = ?8"
                            + (all ? " and tag is null" : " and tag = ?9"))
                    .setParameter(1, e.getValue().encode()).setParameter(2, tenantId).setParameter(3, day)
                    .setParameter(4, k.get(0)).setParameter(5, k.get(1)).setParameter(6, k.get(2))
                    .setParameter(7, k.get(3)).setParameter(8, k.get(4));
            if (!all) {
                update.setParameter(9, k.get(5));
            }
            update.executeUpdate();
        }
    }

    private static boolean truth(Object value) {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value))
                || (value instanceof Number n && n.intValue() != 0);
    }

    private void dropCells(String tenantId, LocalDate day) {
        em.createNativeQuery("delete from report_session_day where tenant_id = ?1 and local_day = ?2")
                .setParameter(1, tenantId).setParameter(2, day).executeUpdate();
        hours.drop(tenantId, day);
    }

    @Override
    public boolean anyOpen(LocalDate from, LocalDate to) {
        return !em.createNativeQuery("select 1 from report_session_seal where tenant_id = ?1 and sealed = false"
                        + " and local_day >= ?2 and local_day <= ?3").setParameter(1, tenant.requireTenant())
                .setParameter(2, from).setParameter(3, to).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Group> totals(CustomReportSpec spec, boolean creation, LocalDate from, LocalDate to, int first) {
        String t = tenant.requireTenant();
        Object[] open = (Object[]) em.createNativeQuery("select min(local_day), max(local_day) from report_session_seal"
                        + " where tenant_id = ?1 and sealed = false and local_day >= ?2 and local_day <= ?3")
                .setParameter(1, t).setParameter(2, from).setParameter(3, to).getSingleResult();
        if (spec.granularity() == Granularity.HOUR) {
            return hours.totals(spec, creation, t, from, to, open[0] == null ? null : day(open[0]),
                    open[1] == null ? null : day(open[1]), first);
        }
        List<Measure> measures = creation ? CREATION : PARTS;
        boolean byTag = spec.dimensions().contains(ReportDimension.VISITOR_TAG);
        List<String> keys = spec.dimensions().stream()
                .map(d -> JpaCustomReportRepository.column(d, spec.granularity())).toList();
        List<String> cellKeys = spec.dimensions().stream().map(d -> d == ReportDimension.VISITOR_TAG ? "s.tag"
                : JpaCustomReportRepository.column(d, spec.granularity())).toList();
        // one statement, so one snapshot: a day is either sealed (its cells) or not (its rows), never both or neither
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append('d').append(i).append(", ");
        }
        for (int i = 0; i < measures.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(measures.get(i).total()).append("(m").append(i).append(')');
        }
        if (creation) {
            sql.append(", 0"); // unique visitors: never asked of the cells
        }
        sql.append(" from (").append(select(cellKeys, measures, true))
                .append(" from report_session_day s where s.tenant_id = ?1 and s.is_part = ?2")
                .append(" and s.local_day >= ?3 and s.local_day <= ?4").append(byTag ? BY_TAG : OVER_ALL);
        if (open[0] != null) {
            sql.append(" union all ").append(select(keys, measures, false)).append(" from report_session s")
                    .append(byTag ? TAGS_OF_ROW : "")
                    .append(" where s.tenant_id = ?1 and s.local_day >= ?5 and s.local_day <= ?6")
                    .append(creation ? " and s.part_agent_id = 0" : " and s.part_agent_id > 0 and s.withdrawn = false")
                    .append(" and exists (select 1 from report_session_seal x where x.tenant_id = s.tenant_id")
                    .append(" and x.local_day = s.local_day and x.sealed = false)");
        }
        sql.append(") u");
        if (!keys.isEmpty()) {
            sql.append(" group by ");
            for (int i = 0; i < keys.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append('d').append(i);
            }
        }
        Query q = em.createNativeQuery(sql.toString()).setParameter(1, t).setParameter(2, !creation)
                .setParameter(3, from).setParameter(4, to);
        if (open[0] != null) {
            q.setParameter(5, day(open[0])).setParameter(6, day(open[1]));
        }
        List<Group> groups = JpaCustomReportRepository.groups(spec, creation, q.getResultList());
        if (!creation || !spec.metrics().contains(ReportMetric.UNIQUE_VISITORS)) {
            return groups;
        }
        Map<List<String>, VisitorHashes> visitors = visitors(spec, keys, cellKeys, t, from, to, open);
        return groups.stream().map(g -> new Group(g.keys(), g.totals().withVisitors(
                visitors.getOrDefault(g.keys(), new VisitorHashes()).count()))).toList();
    }

    /**
     * The distinct visitors of each group: the sealed cells' hashes and the open days' rows, in one statement (one
     * snapshot, as the sums).
     */
    @SuppressWarnings("unchecked")
    private Map<List<String>, VisitorHashes> visitors(CustomReportSpec spec, List<String> keys, List<String> cellKeys,
                                                      String t, LocalDate from, LocalDate to, Object[] open) {
        boolean byTag = spec.dimensions().contains(ReportDimension.VISITOR_TAG);
        StringBuilder sql = new StringBuilder("select ");
        StringBuilder rows = new StringBuilder("select ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(cellKeys.get(i)).append(" d").append(i).append(", ");
            rows.append(keys.get(i)).append(" d").append(i).append(", ");
        }
        sql.append("s.visitor_hashes h, cast(null as varchar(100)) v from report_session_day s where s.tenant_id = ?1")
                .append(" and s.is_part = false and s.local_day >= ?2 and s.local_day <= ?3")
                .append(byTag ? BY_TAG : OVER_ALL);
        if (open[0] != null) {
            sql.append(" union all ").append(rows).append("cast(null as bytea) h, s.visitor_id v from report_session s")
                    .append(byTag ? TAGS_OF_ROW : "").append(" where s.tenant_id = ?1 and s.local_day >= ?4 and s.local_day <= ?5 and s.part_agent_id = 0")
                    .append(" and s.visitor_id is not null and exists (select 1 from report_session_seal x")
                    .append(" where x.tenant_id = s.tenant_id and x.local_day = s.local_day and x.sealed = false)");
        }
        Query q = em.createNativeQuery(sql.toString()).setParameter(1, t).setParameter(2, from).setParameter(3, to);
        if (open[0] != null) {
            q.setParameter(4, day(open[0])).setParameter(5, day(open[1]));
        }
        Map<List<String>, VisitorHashes> out = new HashMap<>();
        int n = keys.size();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            List<String> k = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                k.add(JpaCustomReportRepository.key(spec.dimensions().get(i), r[i]));
            }
            out.computeIfAbsent(k, x -> new VisitorHashes()).addAll((byte[]) r[n]).add((String) r[n + 1]);
        }
        return out;
    }

    /** One branch of the union: the keys as d0, d1 and the measures as m0, m1 … of the cells or of the rows. */
    private static String select(List<String> keys, List<Measure> measures, boolean cells) {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(keys.get(i)).append(" d").append(i).append(", ");
        }
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            sql.append(i == 0 ? "" : ", ").append(cells ? "s." + m.cell() : m.row()).append(" m").append(i);
        }
        return sql.toString();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
