package io.switchboard.application.internal;

import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Hands the outcome of a flow's HTTP call ({@link FlowCallStarter} made it, outside any transaction) to the flow: in a
 * transaction of its own under the conversation's row lock. A call lost with its node (a crash between the step's
 * commit and the answer) is not repeated: the flow's wait times out and takes the failure branch.
 */
@Stateless
public class FlowCalls {

    @Inject
    TenantContext tenant;
    @Inject
    RoutingDesk desk;
    @Inject
    FlowRuntime runtime;

    /** The call answered with this body (2xx), or failed every attempt (null). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void done(FlowRuntime.CallRequested r, String answer) {
        tenant.use(r.tenantId());
        RoutingSettings s = desk.settings();
        Conversation c = desk.conversation(r.conversationId());
        runtime.callDone(s, c, r.attempt(), answer);
    }
}
