package io.switchboard.infrastructure.push;

import io.switchboard.infrastructure.messaging.Destinations;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends desk updates to the events topic after the deciding transaction committed. One long-lived in-VM JMS
 * context of this node, used by one thread at a time: opening a connection per push would cost more than the push,
 * and a send of a non-persistent message to the in-VM broker takes microseconds, so the lock is never held long.
 * It lives outside any transaction by construction (a plain connection factory, not the JCA pool), because it is
 * used from {@code afterCompletion}. A broken context is dropped and opened again on the next send.
 */
@ApplicationScoped
public class EventsTopicSender {

    private static final Logger LOG = Logger.getLogger(EventsTopicSender.class.getName());

    @Resource(lookup = Destinations.IN_VM_CONNECTION_FACTORY)
    ConnectionFactory factory;

    @Resource(lookup = Destinations.EVENTS_TOPIC)
    Topic events;

    private JMSContext context;
    private JMSProducer producer;

    /** Sends these JSON desk updates in order; a failure is logged, never thrown (the change is committed). */
    public synchronized void send(List<String> updates) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                open();
                for (String update : updates) {
                    producer.send(events, update);
                }
                return;
            } catch (JMSRuntimeException e) {
                closeContext();
                if (attempt == 2) {
                    // clients catch up by sequence number on their next read
                    LOG.log(Level.WARNING, "could not publish " + updates.size() + " desk update(s)", e);
                }
            }
        }
    }

    private void open() {
        if (context == null) {
            context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
            producer = context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
        }
    }

    @PreDestroy
    synchronized void closeContext() {
        if (context != null) {
            try {
                context.close();
            } catch (JMSRuntimeException e) {
                LOG.log(Level.FINE, "closing the events context", e);
            }
            context = null;
            producer = null;
        }
    }
}
