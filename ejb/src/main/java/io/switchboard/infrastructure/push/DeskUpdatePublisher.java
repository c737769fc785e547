package io.switchboard.infrastructure.push;

import io.switchboard.application.MessagePosted;
import io.switchboard.application.RoutingEvent;
import io.switchboard.infrastructure.messaging.Destinations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.switchboard.domain.model.conversation.ConversationRepository;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Turns transcript messages and routing events into socket frames and publishes them on the events topic, which
 * every node consumes. The publish joins the deciding transaction (the XA connection factory), so the broker
 * delivers the frame only if that transaction commits: nobody is told about a rolled-back change, and a
 * committed one is always announced. A client that missed a frame (it was disconnected) reads the transcript
 * after the last sequence number it saw.
 */
@ApplicationScoped
public class DeskUpdatePublisher {

    private static final Set<String> AGENT_EVENTS = Set.of("ASSIGNED", "ENDED", "TRANSFER_REQUESTED", "TRANSFERRED",
            "TRANSFER_DECLINED", "TRANSFER_TIMED_OUT", "REROUTED", "AGENT_STATUS", "AGENT_FORCED_OFFLINE");

    /** Frame: a transcript line. */
    public record MessageFrame(String type, long conversationId, long seq, String sender, Long agentId, String code,
            String body, String clientMessageId, Instant sentAt) {
    }

    /**
     * Frame: a routing event concerning this agent (offer, end, transfer, status). When a conversation reaches the
     * agent (ASSIGNED, TRANSFERRED) it carries the transcript so far; clients drop lines whose
     * (conversationId, seq) they already have.
     */
    public record EventFrame(String type, String event, Long conversationId, Long skillGroupId, String detail, Instant at,
            List<MessageFrame> history) {
    }

    private static final Set<String> WITH_HISTORY = Set.of("ASSIGNED", "TRANSFERRED");

    @Inject
    ConversationRepository conversations;

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.EVENTS_TOPIC)
    Topic events;

    void onMessage(@Observes MessagePosted posted) {
        var m = posted.message();
        String frame = DeskUpdateCodec.toJson(new MessageFrame("message", posted.conversationId(), m.seq(), m.sender(),
                m.agentId(), m.code(), m.body(), m.clientMessageId(), m.sentAt()));
        publish(new DeskUpdate(posted.tenantId(), posted.agentId(), posted.channel(), posted.visitorId(), frame));
    }

    void onRoutingEvent(@Observes RoutingEvent e) {
        if (e.agentId() == null || !AGENT_EVENTS.contains(e.type())) {
            return;
        }
        List<MessageFrame> history = null;
        if (WITH_HISTORY.contains(e.type()) && e.conversationId() != null) {
            history = conversations.messages(e.conversationId()).stream().map(m -> new MessageFrame("message",
                    m.getConversationId(), m.getSeq(), m.getSender().name(), m.getAgentId(), m.getCode(), m.getBody(),
                    m.getClientMessageId(), m.getSentAt())).toList();
        }
        String frame = DeskUpdateCodec.toJson(new EventFrame("event", e.type(), e.conversationId(), e.skillGroupId(),
                e.detail(), e.at(), history));
        publish(new DeskUpdate(e.tenantId(), e.agentId(), null, null, frame));
    }

    private void publish(DeskUpdate update) {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(events, DeskUpdateCodec.toJson(update));
        }
    }
}
