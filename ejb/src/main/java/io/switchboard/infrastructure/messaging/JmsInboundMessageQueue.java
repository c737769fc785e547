package io.switchboard.infrastructure.messaging;

import io.switchboard.application.InboundMessageCommand;
import io.switchboard.infrastructure.config.SwitchboardSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts accepted visitor messages on the persistent inbound queue. The caller (accepting a visitor's line) runs
 * outside a transaction, so the send is a plain durable send: it returns once the broker has the message on its
 * journal, which is what "accepted" promises. Messages of one sender form a JMS message
 * group: the broker hands them to one consumer at a time, in order. The JMS priority keeps tenants apart in time
 * ({@link InboundFairness}): a tenant over {@code SWITCHBOARD_TENANT_BURST_PER_SECOND} [20] lines a second on this node
 * queues at a lower priority than everybody else.
 */
@ApplicationScoped
public class JmsInboundMessageQueue {

    /** JMS property: the run of the node that counted this line as waiting at the low priority. */
    static final String COUNTED_BY = "countedBy";
    private static final Logger LOG = Logger.getLogger(JmsInboundMessageQueue.class.getName());
    private static final long RECOVERY_CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    @Inject
    JMSContext jms;
    @Inject
    SwitchboardSettings settings;

    @Resource(lookup = Destinations.INBOUND_QUEUE)
    Queue inbound;

    private final String run = UUID.randomUUID().toString();
    private InboundFairness fairness;
    private volatile long recoveryCheckedAt = System.nanoTime() - RECOVERY_CHECK_NANOS;

    @PostConstruct
    void init() {
        fairness = new InboundFairness(settings.getInt("SWITCHBOARD_TENANT_BURST_PER_SECOND", 20), System::nanoTime);
    }

    public void send(InboundMessageCommand command) {
        checkRecovered();
        int priority = fairness.priorityOf(command.tenantId(), command.senderId());
        try {
            var producer = jms.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setPriority(priority)
                    .setProperty(Destinations.TENANT_PROPERTY, command.tenantId())
                    .setProperty("JMSXGroupID", command.tenantId() + "/" + command.senderId());
            if (priority == InboundFairness.BULK) {
                producer.setProperty(COUNTED_BY, run);
            }
            producer.send(inbound, InboundMessageCodec.toJson(command));
        } catch (RuntimeException e) {
            fairness.notSent(command.tenantId(), command.senderId(), priority);
            throw e;
        }
    }

    /** The consumer stored this line: if this run counted it as waiting, it waits no more. */
    public void stored(Message message, InboundMessageCommand command) {
        try {
            if (run.equals(message.getStringProperty(COUNTED_BY))) {
                fairness.stored(command.tenantId(), command.senderId());
            }
        } catch (JMSException e) {
            LOG.log(Level.FINE, "cannot read the line's properties", e);
        }
    }

    /**
     * Until the queue has been seen empty once after the start, lines of an earlier run may wait in it uncounted,
     * so every line is queued low (see {@link InboundFairness}); looked at once a second at most, while it matters.
     */
    private void checkRecovered() {
        long now = System.nanoTime();
        if (!fairness.recovering() || now - recoveryCheckedAt < RECOVERY_CHECK_NANOS) {
            return;
        }
        recoveryCheckedAt = now;
        try (QueueBrowser browser = jms.createBrowser(inbound)) {
            if (!browser.getEnumeration().hasMoreElements()) {
                fairness.recovered();
                LOG.fine("inbound queue seen empty: tenant priorities in effect");
            }
        } catch (JMSException | JMSRuntimeException e) {
            LOG.log(Level.FINE, "cannot look into the inbound queue", e);
        }
    }
}
