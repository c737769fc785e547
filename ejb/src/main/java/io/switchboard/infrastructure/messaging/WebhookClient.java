package io.switchboard.infrastructure.messaging;

import io.switchboard.application.ImDelivery;
import io.switchboard.domain.model.message.ImWebhook;
import io.switchboard.domain.model.outbound.OutboundRefusedException;
import io.switchboard.infrastructure.outbound.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * POSTs one delivery to a partner's webhook through {@link OutboundHttp}, signed. Any answer other than 2xx, any
 * I/O failure and an address the outbound policy refuses (checked again at every call: DNS may have changed since
 * the URL was saved) is an exception: the caller's transaction rolls back and the broker redelivers, and after the
 * last attempt the delivery waits on the dead-letter queue with the others.
 */
@ApplicationScoped
public class WebhookClient {

    public static final String SIGNATURE_HEADER = "X-Switchboard-Signature";
    public static final String DELIVERY_HEADER = "X-Switchboard-Delivery";

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    OutboundHttp outbound;

    /** The JSON the partner receives. */
    public record Payload(String event, String deliveryId, String visitorId, long conversationId, long seq,
            String sender, String code, String body, Instant sentAt) {
    }

    public void post(ImWebhook webhook, ImDelivery d) {
        String body = JSONB.toJson(new Payload("message", d.deliveryId(), d.visitorId(), d.conversationId(), d.seq(),
                d.sender(), d.code(), d.body(), d.sentAt()));
        int status;
        try {
            status = outbound.postJson(webhook.getUrl(), Map.of(SIGNATURE_HEADER, "sha256=" + webhook.sign(body),
                    DELIVERY_HEADER, d.deliveryId()), body);
        } catch (OutboundRefusedException e) {
            throw new IllegalStateException("webhook " + webhook.getUrl() + " not called: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("webhook " + webhook.getUrl() + " unreachable: " + e.getMessage(), e);
        }
        if (status / 100 != 2) {
            throw new IllegalStateException("webhook " + webhook.getUrl() + " answered " + status);
        }
    }
}
