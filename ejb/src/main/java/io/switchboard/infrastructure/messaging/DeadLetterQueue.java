package io.switchboard.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The broker's dead-letter queue seen per tenant (JMS property {@value Destinations#TENANT_PROPERTY}). Browsing
 * does not consume; taking a message out (retry, discard) happens in the caller's JTA transaction through the XA
 * connection factory, so a retry's send and the removal commit together.
 */
@ApplicationScoped
public class DeadLetterQueue {

    /** Artemis names the address a dead message came from in this property. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9:-]{1,100}");
    private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_BODY = 4000;

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connectionFactory;
    @Resource(lookup = Destinations.DEAD_LETTER_QUEUE)
    Queue deadLetters;
    @Resource(lookup = Destinations.INBOUND_QUEUE)
    Queue inbound;
    @Resource(lookup = Destinations.WEBHOOK_QUEUE)
    Queue webhooks;

    /** The message did not come from a queue Switchboard consumes. */
    public static final class NotRetriable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotRetriable(String message) {
            super(message);
        }
    }

    public record Letter(String id, String queue, Instant sentAt, String body) {
    }

    /** The tenant's dead messages, oldest first (the queue's order). */
    public List<Letter> browse(String tenantId) {
        List<Letter> letters = new ArrayList<>();
        try (JMSContext jms = connectionFactory.createContext();
             QueueBrowser browser = jms.createBrowser(deadLetters, tenantSelector(tenantId))) {
            Enumeration<?> messages = browser.getEnumeration();
            for (Object m : Collections.list(messages)) {
                letters.add(letter((Message) m));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse the dead-letter queue", e);
        }
        return letters;
    }

    /** Takes the message out and sends it to the queue it failed on; empty if there is no such message. */
    public Optional<Letter> retry(String tenantId, String id) {
        try (JMSContext jms = connectionFactory.createContext()) {
            Message message = take(jms, tenantId, id);
            if (message == null) {
                return Optional.empty();
            }
            Letter letter = letter(message);
            Queue target = target(letter.queue());
            if (target == null) {
                throw new NotRetriable("message " + id + " came from " + letter.queue()
                        + ", not a queue Switchboard can send to again; discard it instead");
            }
            JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setProperty(Destinations.TENANT_PROPERTY, tenantId);
            String group = message.getStringProperty("JMSXGroupID");
            if (group != null) {
                producer.setProperty("JMSXGroupID", group);
            }
            producer.send(target, letter.body());
            return Optional.of(letter);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot retry dead message " + id, e);
        }
    }

    /** Takes the message out for good; empty if there is no such message. */
    public Optional<Letter> discard(String tenantId, String id) {
        try (JMSContext jms = connectionFactory.createContext()) {
            Message message = take(jms, tenantId, id);
            return message == null ? Optional.empty() : Optional.of(letter(message));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot discard dead message " + id, e);
        }
    }

    private Message take(JMSContext jms, String tenantId, String id) {
        if (id == null || !MESSAGE_ID.matcher(id).matches()) {
            return null;
        }
        try (JMSConsumer consumer = jms.createConsumer(deadLetters,
                tenantSelector(tenantId) + " AND JMSMessageID = '" + id + "'")) {
            return consumer.receive(2000);
        } catch (JMSRuntimeException e) {
            throw new IllegalStateException("cannot read the dead-letter queue", e);
        }
    }

    private Queue target(String queue) {
        if ("inbound".equals(queue)) {
            return inbound;
        }
        return "webhooks".equals(queue) ? webhooks : null;
    }

    private static String tenantSelector(String tenantId) {
        if (!TENANT_ID.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("not a tenant id: " + tenantId);
        }
        return Destinations.TENANT_PROPERTY + " = '" + tenantId + "'";
    }

    private static Letter letter(Message m) throws JMSException {
        String address = m.getStringProperty(ORIGINAL_ADDRESS);
        String body = m instanceof TextMessage t ? t.getText() : "(" + m.getClass().getSimpleName() + ")";
        if (body != null && body.length() > MAX_BODY) {
            body = body.substring(0, MAX_BODY);
        }
        return new Letter(m.getJMSMessageID(), shortName(address),
                m.getJMSTimestamp() == 0 ? null : Instant.ofEpochMilli(m.getJMSTimestamp()), body);
    }

    /** "jms.queue.switchboard.inbound" or "switchboard.inbound" → "inbound". */
    static String shortName(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf("switchboard.");
        return at < 0 ? address : address.substring(at + "switchboard.".length());
    }
}
