package io.switchboard.application.internal;

import io.switchboard.application.HealthReport;
import io.switchboard.application.HealthService;
import io.switchboard.infrastructure.cluster.LocalNode;
import io.switchboard.infrastructure.messaging.Destinations;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Checks outside any transaction, so a failing check never rolls anything back. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultHealthService implements HealthService {

    private static final int DLQ_COUNT_LIMIT = 10_000;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory connectionFactory;

    @Inject
    DeadlineSweep sweep;
    @Inject
    LocalNode node;

    @Resource(lookup = Destinations.DEAD_LETTER_QUEUE)
    Queue deadLetterQueue;

    @Override
    public HealthReport check() {
        List<HealthReport.Check> checks = List.of(database(), broker(), node());
        boolean up = checks.stream().allMatch(c -> "UP".equals(c.status()));
        return new HealthReport(up ? "UP" : "DOWN", checks);
    }

    private HealthReport.Check database() {
        Map<String, Object> data = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            DatabaseMetaData meta = c.getMetaData();
            data.put("product", meta.getDatabaseProductName());
            data.put("version", meta.getDatabaseProductVersion());
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery("select \"version\" from \"flyway_schema_history\" "
                    + "where \"success\" = true and \"version\" is not null order by \"installed_rank\" desc")) {
                data.put("schemaVersion", rs.next() ? rs.getString(1) : null);
            }
            return new HealthReport.Check("database", "UP", data);
        } catch (Exception e) {
            data.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            return new HealthReport.Check("database", "DOWN", data);
        }
    }

    /** Which node answered, and whether it runs the once-per-cluster deadline sweep now. */
    private HealthReport.Check node() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", node.name());
        try {
            data.put("deadlineSweep", sweep.holdsLease());
        } catch (RuntimeException e) {
            data.put("deadlineSweep", false); // the sweep is not started yet, or stopping
        }
        return new HealthReport.Check("node", "UP", data);
    }

    private HealthReport.Check broker() {
        Map<String, Object> data = new LinkedHashMap<>();
        try (JMSContext jms = connectionFactory.createContext(); QueueBrowser browser = jms.createBrowser(deadLetterQueue)) {
            List<Object> messages = new ArrayList<>();
            var e = browser.getEnumeration();
            while (e.hasMoreElements() && messages.size() < DLQ_COUNT_LIMIT) {
                messages.add(e.nextElement());
            }
            data.put("deadLetterMessages", messages.size());
            return new HealthReport.Check("broker", "UP", data);
        } catch (Exception e) {
            data.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            return new HealthReport.Check("broker", "DOWN", data);
        }
    }
}
