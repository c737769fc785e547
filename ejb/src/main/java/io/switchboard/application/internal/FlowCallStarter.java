package io.switchboard.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts a flow's HTTP call once the step that asked for it committed (a rolled-back step calls nobody). */
@ApplicationScoped
class FlowCallStarter {

    @Inject
    FlowCalls calls;

    void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) FlowRuntime.CallRequested r) {
        calls.call(r);
    }
}
