package io.switchboard.interfaces.jms;

import io.switchboard.application.InboundMessageCommand;
import io.switchboard.application.InboundMessageService;
import io.switchboard.infrastructure.messaging.Destinations;
import io.switchboard.infrastructure.messaging.InboundMessageCodec;
import io.switchboard.infrastructure.messaging.JmsInboundMessageQueue;
import io.switchboard.infrastructure.persistence.DatabaseOutage;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Takes visitor messages off the persistent inbound queue and hands each to the conversation side.
 * <ul>
 *   <li><b>One local commit per line.</b> The consumer runs outside a transaction; {@code record} stores the line in
 *   its own database transaction, and the broker's delivery is acknowledged only after that commit returned. A
 *   crash between the two redelivers the message and {@code record} drops it as a duplicate (client message id,
 *   unique per tenant). No two-phase commit between the broker and the database.</li>
 *   <li><b>A database outage costs no delivery attempts.</b> When the database cannot be reached the consumer waits
 *   and tries the same message again (0.5 s doubling to 5 s, up to {@link #OUTAGE_PATIENCE}), holding the sender's
 *   message group: later lines of that visitor wait behind it, so lines are stored in the order they were
 *   accepted, and no good message reaches the dead-letter queue because of a database restart.</li>
 *   <li><b>Tenants are kept apart in time</b>: a bursting tenant's lines are queued at a lower priority, and both the
 *   broker and each session's client-side buffer (Artemis keeps it ordered by priority) hand out a quiet tenant's line
 *   first (see {@code InboundFairness}). The buffer keeps its default size (1 MiB): a buffer of one message cost a
 *   fifth of the throughput in the load test.</li>
 *   <li><b>Poison is rethrown, never swallowed</b>: the broker redelivers with back-off and after the configured
 *   attempts moves it to the dead-letter queue (messaging.cli).</li>
 * </ul>
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.INBOUND_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "16")
})
public class InboundMessageConsumer implements MessageListener {

    static final Duration OUTAGE_PATIENCE = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(InboundMessageConsumer.class.getName());

    @Inject
    InboundMessageService messages;
    @Inject
    TenantContext tenantContext;
    @Inject
    JmsInboundMessageQueue queue;

    @Override
    public void onMessage(Message message) {
        InboundMessageCommand command = parse(message);
        tenantContext.use(command.tenantId());
        long waited = 0;
        long delay = 500;
        while (true) {
            try {
                messages.record(command);
                queue.stored(message, command);
                return;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e) || waited >= OUTAGE_PATIENCE.toMillis()) {
                    throw e;
                }
                long wait = delay;
                LOG.warning(() -> "database unreachable while storing inbound message " + command.clientMessageId()
                        + "; trying again in " + wait + " ms");
                sleep(wait);
                waited += wait;
                delay = Math.min(delay * 2, 5_000);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
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
