package io.switchboard.domain.model.report.custom;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The custom reports' rows and the saved reports (RP-4). */
public interface CustomReportRepository {

    /** This tenant's stored rows of these conversations, locked until the transaction ends. */
    List<ReportSession> sessionsOf(Collection<Long> conversationIds);

    /** The visitors of these conversations. */
    Map<Long, SessionFold.Origin> originsOf(Collection<Long> conversationIds);

    void add(ReportSession session);

    /** One group's dimension values (in the spec's order, as text; "" for none) and its sums. */
    record Group(List<String> keys, SessionTotals totals) {
    }

    List<CustomReport> list();

    Optional<CustomReport> find(long id);

    Optional<CustomReport> findByName(String name);

    void add(CustomReport report);

    void remove(CustomReport report);
}
