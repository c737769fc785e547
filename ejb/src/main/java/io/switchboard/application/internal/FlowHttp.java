package io.switchboard.application.internal;

import io.switchboard.domain.model.outbound.OutboundRefusedException;
import io.switchboard.infrastructure.json.JsonProviders;
import io.switchboard.infrastructure.outbound.OutboundHttp;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The HTTP attempts of a flow's API node, for a conversation ({@link FlowCallStarter}) and for "try it"
 * ({@link DefaultFlowTrialService}) alike: the fields POSTed as one JSON object, each attempt within the node's time
 * limit, a refused address, a failure and a non-2xx answer retried alike after a short pause.
 */
final class FlowHttp {

    private static final Logger LOG = Logger.getLogger(FlowHttp.class.getName());
    /** The largest answer a flow reads. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private FlowHttp() {
    }

    /** The 2xx answer's body, or null when every one of the {@code 1 + retries} attempts failed. */
    static String post(OutboundHttp http, String url, Map<String, String> fields, int timeoutSeconds, int retries,
            String what) {
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

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
