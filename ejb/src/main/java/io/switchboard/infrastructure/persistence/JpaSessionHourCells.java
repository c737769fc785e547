package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.report.custom.CustomReportRepository.Group;
import io.switchboard.domain.model.report.custom.CustomReportSpec;
import io.switchboard.domain.model.report.custom.Granularity;
import io.switchboard.domain.model.report.custom.ReportDimension;
import io.switchboard.domain.model.report.custom.ReportMetric;
import io.switchboard.infrastructure.persistence.JpaSessionCubeRepository.Measure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The sealed days' hours (V33): a report by hour has the time and at most one other dimension, so a sealed day keeps
 * its sums by hour once over all its rows (kind ALL) and once by each other dimension alone. A group of such a report
 * is then one cell, so its distinct visitors are a count kept in the cell, not a set to merge. Written and read in
 * native SQL beside the days' cells ({@link JpaSessionCubeRepository}), the tenant a parameter of every statement.
 */
@ApplicationScoped
public class JpaSessionHourCells {

    /** The kind of the cells over all rows (a report by hour only). */
    private static final String ALL = "ALL";
    /** The dimensions that have cells of their own kind: every one but the time. */
    private static final List<ReportDimension> KINDS = List.of(ReportDimension.AGENT, ReportDimension.VISITOR_TAG,
            ReportDimension.CHANNEL, ReportDimension.ASSOCIATION, ReportDimension.SESSION_TYPE, ReportDimension.VALIDITY);
    /**
     * The dimensions whose SQL order is the order of the report's keys: an agent's id by its value (no agent, null,
     * last) and an hour by time (its key is ISO text). Text is not among them: the keys order numbers before words,
     * and SQL collations differ from Java's.
     */
    private static final Set<ReportDimension> SQL_ORDERED = EnumSet.of(ReportDimension.AGENT, ReportDimension.TIME);
    /** A row's visitor, counted once per cell among the conversations' rows (the parts' cells count none). */
    private static final String VISITOR = "count(distinct case when s.part_agent_id = 0 then s.visitor_id end)";

    @PersistenceContext
    EntityManager em;

    /** Sums the tenant's day (already counted in its day cells, same transaction) by hour into cells of every kind. */
    public void fill(String tenantId, LocalDate day) {
        em.createNativeQuery(fillStatement(null)).setParameter(1, tenantId).setParameter(2, day).executeUpdate();
        for (ReportDimension d : KINDS) {
            em.createNativeQuery(fillStatement(d)).setParameter(1, tenantId).setParameter(2, day).executeUpdate();
        }
    }

    /** The statement that sums a day's rows (?1 the tenant, ?2 the day) by hour and {@code by} (null: over all). */
    private static String fillStatement(ReportDimension by) {
        String key = by == null ? "" : ", " + JpaCustomReportRepository.column(by, Granularity.HOUR);
        StringBuilder sql = new StringBuilder("insert into report_session_hour (tenant_id, local_day, local_hour, kind,")
                .append(" is_part").append(by == null ? "" : ", " + cellColumn(by));
        measures().forEach(m -> sql.append(", ").append(m.cell()));
        sql.append(", visitors) select s.tenant_id, s.local_day, s.local_hour, '").append(kind(by))
                .append("', s.part_agent_id > 0").append(key);
        measures().forEach(m -> sql.append(", ").append(m.total()).append('(').append(m.row()).append(')'));
        sql.append(", ").append(VISITOR).append(" from report_session s")
                .append(by == ReportDimension.VISITOR_TAG ? JpaSessionCubeRepository.TAGS_OF_ROW : "")
                .append(" where s.tenant_id = ?1 and s.local_day = ?2 and s.withdrawn = false")
                .append(" group by s.tenant_id, s.local_day, s.local_hour, s.part_agent_id > 0").append(key);
        return sql.toString();
    }

    /** Drops the tenant's day's hours (the day is opened again). */
    public void drop(String tenantId, LocalDate day) {
        StringBuilder kinds = new StringBuilder("'").append(ALL).append('\'');
        KINDS.forEach(d -> kinds.append(", '").append(kind(d)).append('\''));
        em.createNativeQuery("delete from report_session_hour where tenant_id = ?1 and kind in (" + kinds
                        + ") and is_part in (false, true) and local_day = ?2")
                .setParameter(1, tenantId).setParameter(2, day).executeUpdate();
    }

    /**
     * The sums of a report by hour over the tenant's days [from, to]: the cells of the kind of its other dimension on
     * the sealed days, and the rows of the open days in [openFrom, openTo] (null: none), in one statement. An hour
     * is in one day, so a group is either one cell or the rows of one open day: nothing to add up, not even its
     * distinct visitors.
     */
    @SuppressWarnings("unchecked")
    public List<Group> totals(CustomReportSpec spec, boolean creation, String tenantId, LocalDate from, LocalDate to,
                              LocalDate openFrom, LocalDate openTo, int first) {
        ReportDimension by = spec.dimensions().stream().filter(d -> d != ReportDimension.TIME).findFirst().orElse(null);
        List<String> cellKeys = spec.dimensions().stream()
                .map(d -> d == ReportDimension.TIME ? "s.local_hour" : "s." + cellColumn(d)).toList();
        List<String> rowKeys = spec.dimensions().stream()
                .map(d -> JpaCustomReportRepository.column(d, Granularity.HOUR)).toList();
        List<Measure> measures = creation ? JpaSessionCubeRepository.CREATION : JpaSessionCubeRepository.PARTS;
        boolean visitors = creation && spec.metrics().contains(ReportMetric.UNIQUE_VISITORS);
        // a cell is a group of its own (one per kind, value, hour and rows; an hour of one day), and an open day's
        // hours are not the sealed days': the cells and the grouped rows are the groups, with no sum over both
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < cellKeys.size(); i++) {
            sql.append(cellKeys.get(i)).append(" d").append(i).append(", ");
        }
        for (int i = 0; i < measures.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("s.").append(measures.get(i).cell());
        }
        sql.append(creation ? ", s.visitors" : "")
                .append(" from report_session_hour s where s.tenant_id = ?1 and s.kind = ?2 and s.is_part = ?3")
                .append(" and s.local_day >= ?4 and s.local_day <= ?5");
        if (openFrom != null) {
            sql.append(" union all select ");
            for (int i = 0; i < rowKeys.size(); i++) {
                sql.append(rowKeys.get(i)).append(" d").append(i).append(", ");
            }
            // as bigint like the cells' columns (a sum is a numeric in PostgreSQL)
            for (int i = 0; i < measures.size(); i++) {
                Measure m = measures.get(i);
                sql.append(i == 0 ? "" : ", ").append("cast(").append(m.total()).append('(').append(m.row())
                        .append(") as bigint)");
            }
            // distinct visitors cost a sort per group: counted only when the report shows them
            sql.append(!creation ? "" : visitors ? ", count(distinct s.visitor_id)" : ", cast(0 as bigint)")
                    .append(" from report_session s")
                    .append(by == ReportDimension.VISITOR_TAG ? JpaSessionCubeRepository.TAGS_OF_ROW : "")
                    .append(" where s.tenant_id = ?1 and s.local_day >= ?6 and s.local_day <= ?7")
                    .append(creation ? " and s.part_agent_id = 0" : " and s.part_agent_id > 0 and s.withdrawn = false")
                    .append(" and exists (select 1 from report_session_seal x where x.tenant_id = s.tenant_id")
                    .append(" and x.local_day = s.local_day and x.sealed = false) group by ")
                    .append(String.join(", ", rowKeys));
        }
        boolean ordered = first > 0 && spec.dimensions().stream().allMatch(SQL_ORDERED::contains);
        if (ordered) {
            // by agent × hour over 90 days: 100,000s of cells, of which a report shows the first few thousand
            sql.insert(0, "select * from (").append(") u order by ");
            for (int i = 0; i < spec.dimensions().size(); i++) {
                sql.append(i == 0 ? "" : ", ").append('d').append(i)
                        .append(spec.dimensions().get(i) == ReportDimension.AGENT ? " nulls last" : "");
            }
        }
        Query q = em.createNativeQuery(sql.toString()).setParameter(1, tenantId).setParameter(2, kind(by))
                .setParameter(3, !creation).setParameter(4, from).setParameter(5, to);
        if (openFrom != null) {
            q.setParameter(6, openFrom).setParameter(7, openTo);
        }
        if (ordered) {
            q.setMaxResults(first);
        }
        return JpaCustomReportRepository.groups(spec, creation, q.getResultList());
    }

    /** Both sets of measures, as a cell has them all (the conversations' and the parts'). */
    private static List<Measure> measures() {
        List<Measure> all = new ArrayList<>(JpaSessionCubeRepository.CREATION);
        all.addAll(JpaSessionCubeRepository.PARTS);
        return all;
    }

    private static String kind(ReportDimension by) {
        return by == null ? ALL : by.name();
    }

    /** A dimension's column in the cells. */
    private static String cellColumn(ReportDimension d) {
        return switch (d) {
            case AGENT -> "agent_id";
            case VISITOR_TAG -> "tag";
            case CHANNEL -> "channel";
            case ASSOCIATION -> "association";
            case SESSION_TYPE -> "session_type";
            case VALIDITY -> "valid";
            case TIME -> throw new IllegalArgumentException("the time is the cells' hour, not a column of a kind");
        };
    }
}
