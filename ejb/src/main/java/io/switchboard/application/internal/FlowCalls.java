package io.switchboard.application.internal;

import io.switchboard.infrastructure.json.JsonProviders;
import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.outbound.OutboundRefusedException;
import io.switchboard.domain.model.routing.RoutingSettings;
import io.switchboard.infrastructure.outbound.OutboundHttp;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A flow's HTTP calls (the API node), made on the flow calls' pool ({@link FlowCallStarter}) once the step that asked
 * for one committed, so no transaction or lock waits on a partner. Each attempt has the node's time limit; a refused address, a failure
 * or a non-2xx answer is retried up to the node's retries, then the flow takes its failure branch. The answer is
 * handed to the flow in a transaction of its own under the conversation's row lock. A call lost with its node (a
 * crash between commit and answer) is not repeated: the flow's wait times out and takes the failure branch.
 */
@Stateless
public class FlowCalls {

    private static final Logger LOG = Logger.getLogger(FlowCalls.class.getName());
    /** The largest answer a flow reads. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    @Inject
    OutboundHttp http;
    @Inject
    TenantContext tenant;
    @Inject
    RoutingDesk desk;
    @Inject
    FlowRuntime runtime;
    @Resource
    SessionContext context;

    /** Makes the call, with its retries, and hands the answer (or the failure) to the flow; see {@link FlowCallStarter}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void call(FlowRuntime.CallRequested r) {
        tenant.use(r.tenantId());
        String answer = post(http, r.url(), r.body(), r.timeoutSeconds(), r.retries(),
                "of conversation " + r.conversationId());
        try {
            context.getBusinessObject(FlowCalls.class).done(r, answer);
        } catch (RuntimeException e) {
            // the flow's wait times out and takes the failure branch
            LOG.log(Level.WARNING, "the answer of a flow call of conversation " + r.conversationId()
                    + " could not be handed to the flow: " + e);
        }
    }

    /**
     * POSTs the body as a JSON object, each attempt within its time limit, up to {@code 1 + retries} attempts (a
     * refused address, a failure and a non-2xx answer count alike); the 2xx answer's body, or null when every
     * attempt failed.
     */
    static String post(OutboundHttp http, String url, java.util.Map<String, String> fields, int timeoutSeconds,
            int retries, String what) {
        JsonObjectBuilder json = JsonProviders.PROVIDER.createObjectBuilder();
        fields.forEach((k, v) -> json.add(k, v == null ? "" : v));
        String body = json.build().toString();
        for (int attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0) {
                pause(Duration.ofMillis(300L * attempt));
            }
            int n = attempt + 1;
            try {
                OutboundHttp.Answer a = http.postJsonForAnswer(url, body, Duration.ofSeconds(timeoutSeconds),
                        MAX_ANSWER_BYTES);
                if (a.ok()) {
                    return a.body();
                }
                LOG.fine(() -> "flow call " + n + " " + what + " answered " + a.status());
            } catch (IOException | OutboundRefusedException e) {
                LOG.fine(() -> "flow call " + n + " " + what + " failed: " + e);
            }
        }
        return null;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void done(FlowRuntime.CallRequested r, String answer) {
        RoutingSettings s = desk.settings();
        Conversation c = desk.conversation(r.conversationId());
        runtime.callDone(s, c, r.attempt(), answer);
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
