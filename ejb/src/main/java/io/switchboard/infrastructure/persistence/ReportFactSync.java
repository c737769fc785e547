package io.switchboard.infrastructure.persistence;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The fact-raising entities one transaction touched; just before it commits, their facts are stored in it
 * ({@link ReportFacts}). Registered as an ordinary (not interposed) JTA synchronization, so it runs before the
 * persistence context's own flush at commit (interposed, JTA 1.1 §3.6.14) and the facts are written in that flush.
 */
final class ReportFactSync implements Synchronization {

    private static final Object KEY = ReportFactSync.class;
    private static volatile TransactionSynchronizationRegistry registry;
    private static volatile TransactionManager manager;
    /** The application-scoped bean (its client proxy), looked up once: CDI.current() is not free on every commit. */
    private static volatile ReportFacts facts;

    private final List<Object> owners = new ArrayList<>();

    static void touched(Object entity) {
        TransactionSynchronizationRegistry tsr = registry();
        if (tsr.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return; // read outside a transaction, or in one that is ending: nothing it raises could be stored
        }
        ReportFactSync sync = (ReportFactSync) tsr.getResource(KEY);
        if (sync == null) {
            sync = new ReportFactSync();
            try {
                manager().getTransaction().registerSynchronization(sync);
            } catch (jakarta.transaction.RollbackException | SystemException e) {
                throw new IllegalStateException("cannot take part in the transaction to record its reporting facts", e);
            }
            tsr.putResource(KEY, sync);
        }
        sync.owners.add(entity);
    }

    @Override
    public void beforeCompletion() {
        ReportFacts f = facts;
        if (f == null) {
            f = facts = CDI.current().select(ReportFacts.class).get();
        }
        for (int i = 0; i < owners.size(); i++) {
            f.record(owners.get(i));
        }
    }

    @Override
    public void afterCompletion(int status) {
        owners.clear();
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry r = registry;
        if (r == null) {
            r = registry = lookup("java:comp/TransactionSynchronizationRegistry", TransactionSynchronizationRegistry.class);
        }
        return r;
    }

    private static TransactionManager manager() {
        TransactionManager m = manager;
        if (m == null) {
            m = manager = lookup("java:jboss/TransactionManager", TransactionManager.class);
        }
        return m;
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("no " + name + " to record reporting facts with", e);
        }
    }
}
