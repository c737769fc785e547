package io.switchboard.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned scripts of the db-scripts module with Flyway: {@code db/migration/common} everywhere, plus
 * {@code db/migration/h2} or {@code db/migration/postgresql} for what differs per vendor.
 */
public final class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    private DatabaseMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        String vendor = vendorFolder(dataSource);
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .failOnMissingLocations(false)
                .cleanDisabled(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database migrations (" + vendor + "): " + result.migrationsExecuted
                + " applied now, schema at version " + flyway.info().current().getVersion());
        return result;
    }

    static String vendorFolder(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Unsupported database: " + product + " (use H2 or PostgreSQL)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
