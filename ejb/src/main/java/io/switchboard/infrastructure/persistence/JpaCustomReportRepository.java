package io.switchboard.infrastructure.persistence;

import io.switchboard.domain.model.report.custom.CustomReport;
import io.switchboard.domain.model.report.custom.CustomReportRepository;
import io.switchboard.domain.model.report.custom.CustomReportSpec;
import io.switchboard.domain.model.report.custom.Granularity;
import io.switchboard.domain.model.report.custom.ReportDimension;
import io.switchboard.domain.model.report.custom.ReportSession;
import io.switchboard.domain.model.report.custom.SessionFold;
import io.switchboard.domain.model.report.custom.SessionTotals;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaCustomReportRepository implements CustomReportRepository {

    @PersistenceContext
    EntityManager em;
    @Inject
    TenantContext tenant;

    @Override
    public List<ReportSession> sessionsOf(Collection<Long> conversationIds) {
        return em.createQuery("select s from ReportSession s where s.conversationId in :ids", ReportSession.class)
                .setParameter("ids", conversationIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Map<Long, SessionFold.Origin> originsOf(Collection<Long> conversationIds) {
        Map<Long, SessionFold.Origin> out = new HashMap<>();
        em.createQuery("select c.id, c.visitorId from Conversation c where c.id in :ids", Object[].class)
                .setParameter("ids", conversationIds).getResultList()
                .forEach(r -> out.put((Long) r[0], new SessionFold.Origin((String) r[1])));
        return out;
    }

    @Override
    public void add(ReportSession session) {
        em.persist(session);
    }

    /** The column or expression of each dimension; only these ever reach the SQL. */
    static String column(ReportDimension d, Granularity g) {
        return switch (d) {
            case AGENT -> "s.agent_id";
            case VISITOR_TAG -> JpaSessionCubeRepository.TAG_OF_ROW;
            case CHANNEL -> "s.channel";
            case ASSOCIATION -> "s.association";
            case SESSION_TYPE -> "s.session_type";
            case VALIDITY -> "s.valid";
            case TIME -> switch (g) {
                case HOUR -> "s.local_hour";
                case DAY -> "s.local_day";
                case WEEK -> "s.local_week";
                case MONTH -> "s.local_month";
            };
        };
    }

    /**
     * The groups of a totals query's rows: the dimensions' values, then for {@code creation} the queue sums and the
     * distinct visitors, else the parts' sums, in the order of {@link JpaSessionCubeRepository#CREATION} and
     * {@link JpaSessionCubeRepository#PARTS}.
     */
    static List<Group> groups(CustomReportSpec spec, boolean creation, List<?> rows) {
        List<Group> out = new ArrayList<>();
        int n = spec.dimensions().size();
        for (Object row : rows) {
            Object[] r = row instanceof Object[] a ? a : new Object[] {row};
            List<String> keys = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                keys.add(key(spec.dimensions().get(i), r[i]));
            }
            long[] v = new long[r.length - n];
            for (int i = n; i < r.length; i++) {
                v[i - n] = r[i] == null ? 0 : ((Number) r[i]).longValue();
            }
            out.add(new Group(keys, creation
                    ? new SessionTotals(v[0], v[1], v[2], v[3], v[4], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                    : new SessionTotals(0, 0, 0, 0, 0, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9],
                            v[10], v[11], v[12], v[13], v[14])));
        }
        return out;
    }

    /** A dimension's value as text: dates and hours ISO, validity as VALID or INVALID, none as "". */
    static String key(ReportDimension d, Object value) {
        if (value == null) {
            return "";
        }
        if (d == ReportDimension.VALIDITY) {
            return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(value.toString()) ? "VALID" : "INVALID";
        }
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.time.LocalDateTime hour) {
            return hour.toString();
        }
        return value.toString();
    }

    @Override
    public List<CustomReport> list() {
        return em.createQuery("select r from CustomReport r order by r.createdAt, r.id", CustomReport.class).getResultList();
    }

    @Override
    public Optional<CustomReport> find(long id) {
        return Optional.ofNullable(em.find(CustomReport.class, id));
    }

    @Override
    public Optional<CustomReport> findByName(String name) {
        return em.createQuery("select r from CustomReport r where r.name = :n", CustomReport.class)
                .setParameter("n", name == null ? "" : name.strip()).getResultStream().findFirst();
    }

    @Override
    public void add(CustomReport report) {
        em.persist(report);
    }

    @Override
    public void remove(CustomReport report) {
        em.remove(report);
    }
}
