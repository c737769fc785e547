package io.switchboard.infrastructure.persistence;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure because the database cannot be reached (restarting, network gone, pool without connections)
 * from a failure of the request itself. The first is not the caller's fault and passes: the inbound consumer waits
 * for the database instead of spending a message's delivery attempts, the API answers 503 with Retry-After, and a
 * visitor is told "try again in a moment" — never the driver's text.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ResourceException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true; // connection exception; admin shutdown / crash shutdown / cannot connect now
            }
            if (t.getClass().getName().endsWith("JDBCConnectionException")) {
                return true; // Hibernate's wrapper, when the SQLException is not attached as the cause
            }
        }
        return false;
    }
}
