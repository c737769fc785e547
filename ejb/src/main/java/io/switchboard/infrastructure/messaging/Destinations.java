package io.switchboard.infrastructure.messaging;

/**
 * JNDI names of the JMS destinations created by ear/src/main/scripts/messaging.cli. Redelivery and dead-letter
 * settings live there, on the address-setting {@code jms.queue.switchboard.#}.
 */
public final class Destinations {

    /** Every inbound visitor message, persistent, consumed by InboundMessageConsumer. */
    public static final String INBOUND_QUEUE = "java:/jms/queue/switchboard/inbound";
    /** Messages that failed delivery the configured number of times. */
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/switchboard/dlq";
    /** Agent replies of IM conversations waiting to be POSTed to the partner's webhook. */
    public static final String WEBHOOK_QUEUE = "java:/jms/queue/switchboard/webhooks";
    /** Socket pushes for agents and visitors; every node subscribes and delivers to its own sockets. */
    public static final String EVENTS_TOPIC = "java:/jms/topic/switchboard/events";
    /**
     * The broker's plain in-VM connection factory (not the JCA pool, which checks the thread's transaction even when
     * told not to join it): for publishing after a commit.
     */
    public static final String IN_VM_CONNECTION_FACTORY = "java:/ConnectionFactory";
    /** JMS property naming the tenant a message belongs to. */
    public static final String TENANT_PROPERTY = "tenantId";

    private Destinations() {
    }
}
