package io.switchboard.infrastructure.persistence;

import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the Flyway migrations inside Hibernate's start-up, once the datasource is available and before Hibernate
 * validates the schema ({@code hibernate.hbm2ddl.auto=validate}). In a Jakarta EE deployment this is the only
 * hook that comes before the container-managed persistence unit is used; a {@code @Startup} bean runs too late.
 * Registered through {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class FlywayIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        DatabaseMigrator.migrate(dataSource, FlywayIntegrator.class.getClassLoader());
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        // nothing to undo: migrations are permanent
    }
}
