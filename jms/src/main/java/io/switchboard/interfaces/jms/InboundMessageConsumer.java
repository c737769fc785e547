package io.switchboard.interfaces.jms;

import io.switchboard.application.InboundMessageCommand;
import io.switchboard.application.InboundMessageService;
import io.switchboard.infrastructure.messaging.Destinations;
import io.switchboard.infrastructure.messaging.InboundMessageCodec;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Takes visitor messages off the persistent inbound queue and hands each to the conversation side. A message that
 * cannot be parsed or processed is rethrown, never swallowed: the transaction rolls back, the broker redelivers
 * with back-off and after the configured attempts moves it to the dead-letter queue (messaging.cli).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.INBOUND_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
public class InboundMessageConsumer implements MessageListener {

    @Inject
    InboundMessageService messages;
    @Inject
    TenantContext tenantContext;

    @Override
    public void onMessage(Message message) {
        InboundMessageCommand command = parse(message);
        tenantContext.use(command.tenantId());
        messages.record(command);
    }

    private static InboundMessageCommand parse(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new IllegalArgumentException("inbound queue takes text messages, got " + message.getClass().getName());
        }
        try {
            return InboundMessageCodec.fromJson(text.getText());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read inbound message", e);
        }
    }
}
