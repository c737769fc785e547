package io.switchboard.application.internal;

import io.switchboard.infrastructure.persistence.DatabaseOutage;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The transactions of a tenant's dispatcher ({@link TenantDispatcher}), on the EJB asynchronous thread pool. */
@Stateless
public class DispatchWork {

    private static final Logger LOG = Logger.getLogger(DispatchWork.class.getName());

    @Inject
    TenantDispatcher dispatcher;
    @Inject
    RoutingDesk desk;
    @Inject
    TenantContext tenant;
    @Resource
    SessionContext context;

    /** Dispatches the tenant's requested groups, round after round, until no request is left. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void drain(String tenantId) {
        tenant.use(tenantId);
        DispatchWork self = context.getBusinessObject(DispatchWork.class);
        for (Set<Long> groups = dispatcher.next(tenantId); groups != null; groups = dispatcher.next(tenantId)) {
            try {
                self.dispatch(groups);
            } catch (RuntimeException e) {
                // the arrivals stay queued and unannounced: the deadline sweep dispatches them again
                LOG.log(DatabaseOutage.isCause(e) ? Level.FINE : Level.WARNING,
                        "dispatch of tenant " + tenantId + " failed, left to the deadline sweep: " + e);
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void dispatch(Set<Long> groups) {
        desk.dispatchQueued(groups);
    }
}
