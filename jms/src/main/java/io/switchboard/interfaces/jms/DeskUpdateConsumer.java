package io.switchboard.interfaces.jms;

import io.switchboard.infrastructure.messaging.Destinations;
import io.switchboard.infrastructure.push.DeskUpdateCodec;
import io.switchboard.infrastructure.push.PushHub;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Every node's subscription to the events topic: hands each socket push to this node's {@link PushHub}. One
 * session, so the frames of a conversation reach a socket in the order they were published. No transaction: the
 * topic is non-durable and its messages non-persistent, so a transaction per push only cost time (the load test
 * found this single consumer falling minutes behind at 1,000 lines/s when every push was an XA transaction).
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.EVENTS_TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class DeskUpdateConsumer implements MessageListener {

    @Inject
    PushHub hub;

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new IllegalArgumentException("events topic takes text messages, got " + message.getClass().getName());
        }
        try {
            hub.deliver(DeskUpdateCodec.fromJson(text.getText()));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read desk update", e);
        }
    }
}
