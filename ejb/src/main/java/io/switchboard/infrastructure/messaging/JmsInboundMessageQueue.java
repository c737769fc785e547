package io.switchboard.infrastructure.messaging;

import io.switchboard.application.InboundMessageCommand;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Puts accepted visitor messages on the persistent inbound queue. The caller (accepting a visitor's line) runs
 * outside a transaction, so the send is a plain durable send: it returns once the broker has the message on its
 * journal, which is what "accepted" promises. Messages of one sender form a JMS message
 * group: the broker hands them to one consumer at a time, in order.
 */
@ApplicationScoped
public class JmsInboundMessageQueue {

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.INBOUND_QUEUE)
    Queue inbound;

    public void send(InboundMessageCommand command) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty(Destinations.TENANT_PROPERTY, command.tenantId())
                .setProperty("JMSXGroupID", command.tenantId() + "/" + command.senderId())
                .send(inbound, InboundMessageCodec.toJson(command));
    }
}
