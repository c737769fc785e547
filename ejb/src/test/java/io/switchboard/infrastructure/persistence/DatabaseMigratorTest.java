package io.switchboard.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations of db-scripts apply to H2 and enforce the tenant foreign key and per-tenant uniqueness. */
class DatabaseMigratorTest {

    private static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    @Test
    void migratesAnEmptyDatabaseAndIsIdempotent() throws Exception {
        JdbcDataSource ds = h2("migrate");
        assertEquals(33, DatabaseMigrator.migrate(ds, getClass().getClassLoader()).migrationsExecuted);
        assertEquals(0, DatabaseMigrator.migrate(ds, getClass().getClassLoader()).migrationsExecuted);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.tables "
                     + "where table_name in ('TENANT','USER_ACCOUNT','API_KEY','SKILL_GROUP','WIDGET_SITE','INBOUND_MESSAGE',"
                     + "'AGENT_SEAT','SKILL_GROUP_MEMBER','CONVERSATION','QUEUE_ENTRY','QUEUE_ENTRY_GROUP',"
                     + "'CONVERSATION_MESSAGE','CONVERSATION_EVENT','ROUTING_SETTINGS')")) {
            rs.next();
            assertEquals(14, rs.getInt(1));
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.columns "
                     + "where table_name = 'VISITOR_PROFILE' and column_name = 'SECRET_HASH'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "V11 keeps the hash of an anonymous visitor's secret");
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.sequences where sequence_name in "
                     + "('CONVERSATION_MESSAGE_SEQ','CONVERSATION_EVENT_SEQ') and increment = 50")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "V14: lines and events take their ids in blocks of 50");
        }
    }

    /**
     * V28 folds the hourly rollups counted before the daily ones existed by the day of each tenant's own zone, V32 by
     * hour and skill group.
     */
    @Test
    void theHoursCountedBeforeGetTheirDailyRowsInTheTenantsZone() throws Exception {
        JdbcDataSource ds = h2("daily");
        org.flywaydb.core.Flyway.configure(getClass().getClassLoader()).dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2").target("27").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into tenant (id, code, name, enabled, created_at) values "
                    + "('sh', 'sh', 'Shanghai', true, current_timestamp), ('ny', 'ny', 'New York', true, current_timestamp)");
            s.executeUpdate("insert into routing_settings (tenant_id, settings, updated_at, version) values ('ny', "
                    + "'{\"workHours\":{\"schedule\":{\"zone\":\"America/New_York\",\"workdays\":[]}}}', current_timestamp, 0)");
            String hour = "insert into report_rollup (tenant_id, hour_start, skill_group_id, agent_id, channel, association,"
                    + " arrived, queue_ms_max) values ('%s', TIMESTAMP WITH TIME ZONE '%s', 1, %d, 'WEB', '', %d, %d)";
            // 2030-03-04 15:00 and 17:00 UTC: the 4th and the 5th in Shanghai (no settings: its default zone)
            s.executeUpdate(hour.formatted("sh", "2030-03-04 15:00:00+00", 2, 1, 10));
            s.executeUpdate(hour.formatted("sh", "2030-03-04 15:00:00+00", 3, 5, 50)); // another agent, same hour
            s.executeUpdate(hour.formatted("sh", "2030-03-04 17:00:00+00", 2, 2, 30));
            // 2030-03-05 03:00 and 06:00 UTC: the 4th and the 5th in New York
            s.executeUpdate(hour.formatted("ny", "2030-03-05 03:00:00+00", 2, 4, 40));
            s.executeUpdate(hour.formatted("ny", "2030-03-05 06:00:00+00", 2, 8, 20));
        }
        assertEquals(6, DatabaseMigrator.migrate(ds, getClass().getClassLoader()).migrationsExecuted, "V28 to V33");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tenant_id, rollup_day, arrived, queue_ms_max from report_rollup_day"
                     + " order by tenant_id, rollup_day, agent_id")) {
            StringBuilder rows = new StringBuilder();
            while (rs.next()) {
                rows.append(rs.getString(1)).append(' ').append(rs.getDate(2)).append(' ').append(rs.getLong(3))
                        .append(' ').append(rs.getLong(4)).append(';');
            }
            assertEquals("ny 2030-03-04 4 40;ny 2030-03-05 8 20;sh 2030-03-04 1 10;sh 2030-03-04 5 50;sh 2030-03-05 2 30;", rows.toString());
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tenant_id, hour(hour_start), agent_id, arrived, queue_ms_max"
                     + " from report_rollup_group_hour order by tenant_id, hour_start")) {
            StringBuilder rows = new StringBuilder();
            while (rs.next()) {
                rows.append(rs.getString(1)).append(' ').append(rs.getInt(2)).append(' ').append(rs.getLong(3))
                        .append(' ').append(rs.getLong(4)).append(' ').append(rs.getLong(5)).append(';');
            }
            assertEquals("ny 3 0 4 40;ny 6 0 8 20;sh 15 0 6 50;sh 17 0 2 30;", rows.toString(), "agents summed by hour");
        }
    }

    @Test
    void tenantOwnedRowsNeedAnExistingTenant() throws Exception {
        JdbcDataSource ds = h2("fk");
        DatabaseMigrator.migrate(ds, getClass().getClassLoader());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("insert into skill_group "
                    + "(tenant_id, name, kind, enabled, created_at, version) "
                    + "values ('__none__', 'x', 'ONLINE', true, current_timestamp, 0)"));
            s.executeUpdate("insert into tenant (id, code, name, enabled, created_at) "
                    + "values ('t1', 't1', 'T1', true, current_timestamp), ('t2', 't2', 'T2', true, current_timestamp)");
            String insert = "insert into skill_group (tenant_id, name, kind, enabled, created_at, version) "
                    + "values ('%s', 'Sales', 'ONLINE', true, current_timestamp, 0)";
            s.executeUpdate(insert.formatted("t1"));
            s.executeUpdate(insert.formatted("t2"));
            assertThrows(SQLException.class, () -> s.executeUpdate(insert.formatted("t1")));
        }
    }
}
