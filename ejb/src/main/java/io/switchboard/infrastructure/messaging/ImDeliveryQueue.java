package io.switchboard.infrastructure.messaging;

import io.switchboard.application.ImDelivery;
import io.switchboard.application.MessagePosted;
import io.switchboard.domain.model.message.ChannelKind;
import io.switchboard.domain.model.message.ImWebhook;
import io.switchboard.domain.model.message.ImWebhookRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Puts every agent-side line of an IM conversation on the persistent webhook queue, inside the transaction that
 * stored it (XA): the delivery exists exactly when the line does, and survives a restart.
 */
@ApplicationScoped
public class ImDeliveryQueue {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connectionFactory;
    @Resource(lookup = Destinations.WEBHOOK_QUEUE)
    Queue webhooks;
    @Inject
    ImWebhookRepository webhookSettings;

    void onMessage(@Observes MessagePosted posted) {
        if (!ChannelKind.IM_API.name().equals(posted.channel()) || "VISITOR".equals(posted.message().sender())) {
            return;
        }
        if (webhookSettings.current().filter(ImWebhook::isEnabled).isEmpty()) {
            return;
        }
        var m = posted.message();
        ImDelivery delivery = new ImDelivery(posted.tenantId(), posted.tenantId() + ":" + posted.conversationId() + ":" + m.seq(),
                posted.visitorId(), posted.conversationId(), m.seq(), m.sender(), m.code(), m.body(), m.sentAt());
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setProperty(Destinations.TENANT_PROPERTY, posted.tenantId())
                    .setProperty("JMSXGroupID", posted.tenantId() + "/im/" + posted.visitorId())
                    .send(webhooks, JSONB.toJson(delivery));
        }
    }

    public static ImDelivery parse(String json) {
        ImDelivery d = JSONB.fromJson(json, ImDelivery.class);
        if (d == null || d.tenantId() == null || d.deliveryId() == null) {
            throw new IllegalArgumentException("not an IM delivery: " + json);
        }
        return d;
    }
}
