package io.switchboard.application.internal;

import io.switchboard.infrastructure.outbound.OutboundHttp;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes a flow's HTTP call once the step that asked for one committed (a rolled-back step calls nobody), on the flow
 * calls' own pool ({@code switchboard-flow-calls}, SWITCHBOARD_FLOW_CALL_THREADS threads): a slow partner API then
 * holds only that pool, never the EJB asynchronous pool the tenant dispatcher needs, and no transaction, lock or
 * bean instance waits on it; only the answer is handed over in a short transaction ({@link FlowCalls#done}).
 */
@ApplicationScoped
class FlowCallStarter {

    private static final Logger LOG = Logger.getLogger(FlowCallStarter.class.getName());

    @Inject
    FlowCalls calls;
    @Inject
    OutboundHttp http;
    @Resource(lookup = "java:jboss/ee/concurrency/executor/switchboard-flow-calls")
    ManagedExecutorService pool;

    void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) FlowRuntime.CallRequested r) {
        try {
            pool.execute(() -> call(r));
        } catch (RejectedExecutionException e) {
            // the flow's wait times out and takes its failure branch
            LOG.warning(() -> "the flow calls' queue is full: the call of conversation " + r.conversationId()
                    + " is not made");
        }
    }

    private void call(FlowRuntime.CallRequested r) {
        String answer = FlowHttp.post(http, r.url(), r.body(), r.timeoutSeconds(), r.retries(),
                "of conversation " + r.conversationId());
        try {
            calls.done(r, answer);
        } catch (RuntimeException e) {
            // the flow's wait times out and takes the failure branch
            LOG.log(Level.WARNING, "the answer of a flow call of conversation " + r.conversationId()
                    + " could not be handed to the flow: " + e);
        }
    }
}
