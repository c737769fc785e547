package io.switchboard.interfaces.jms;

import io.switchboard.application.ImDelivery;
import io.switchboard.application.ImWebhookService;
import io.switchboard.infrastructure.messaging.Destinations;
import io.switchboard.infrastructure.messaging.ImDeliveryQueue;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Delivers IM replies to the partner's webhook. A failed call is rethrown: the broker redelivers with back-off
 * (messaging.cli) and moves the delivery to the dead-letter queue after the last attempt, never dropping it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.WEBHOOK_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class ImWebhookConsumer implements MessageListener {

    @Inject
    ImWebhookService webhooks;
    @Inject
    TenantContext tenantContext;

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new IllegalArgumentException("webhook queue takes text messages, got " + message.getClass().getName());
        }
        ImDelivery delivery;
        try {
            delivery = ImDeliveryQueue.parse(text.getText());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read webhook delivery", e);
        }
        tenantContext.use(delivery.tenantId());
        webhooks.deliver(delivery);
    }
}
