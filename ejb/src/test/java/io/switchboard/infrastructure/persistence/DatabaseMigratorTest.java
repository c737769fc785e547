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
        assertEquals(27, DatabaseMigrator.migrate(ds, getClass().getClassLoader()).migrationsExecuted);
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
