package io.switchboard.infrastructure.push;

import io.switchboard.application.StaffSessionsEnded;
import io.switchboard.application.AttachmentView;
import io.switchboard.application.MessagePosted;
import io.switchboard.application.MessageRecalled;
import io.switchboard.application.MessageView;
import io.switchboard.application.RoutingEvent;
import io.switchboard.application.VisitorTyping;
import io.switchboard.application.internal.MessageViews;
import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.conversation.QueuePositions;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.infrastructure.messaging.Destinations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
            "TRANSFER_DECLINED", "TRANSFER_TIMED_OUT", "TRANSFERRED_AWAY", "REROUTED", "AGENT_STATUS", "AGENT_FORCED_OFFLINE");
    /** Transfer answers the receiver gives (or lets lapse): the agent who still holds the conversation hears too. */
    private static final Set<String> HOLDER_TOO = Set.of("TRANSFER_DECLINED", "TRANSFER_TIMED_OUT");
    /** Events the visitor's widget shows as a state change. */
    private static final Set<String> VISITOR_EVENTS = Set.of("QUEUED", "ASSIGNED", "TRANSFERRED", "ENDED",
            "RATING_INVITED");
    /** Events after which waiting visitors may have moved up. */
    private static final Set<String> QUEUE_EVENTS = Set.of("QUEUED", "ASSIGNED", "ENDED", "REROUTED");
    /** Waiting visitors told their place after each queue change; those further back hear when they move up. */
    static final int SNAPSHOT_LIMIT = 1000;
    private static final String QUEUE_CHANGED = DeskUpdatePublisher.class.getName() + ".queueChanged";

    /** Frame: a transcript line. */
    public record MessageFrame(String type, long conversationId, long seq, String sender, Long agentId, String code,
            String body, String clientMessageId, Instant sentAt, AttachmentView attachment, List<String> flagged,
            boolean recalled) {

        public static MessageFrame of(long conversationId, MessageView m) {
            return new MessageFrame("message", conversationId, m.seq(), m.sender(), m.agentId(), m.code(), m.body(),
                    m.clientMessageId(), m.sentAt(), m.attachment(), m.flagged(), m.recalled());
        }
    }

    /**
     * Frame: a routing event concerning this agent (offer, end, transfer, status). When a conversation reaches the
     * agent (ASSIGNED, TRANSFERRED) it carries the transcript so far; clients drop lines whose
     * (conversationId, seq) they already have.
     */
    public record EventFrame(String type, String event, Long conversationId, Long skillGroupId, String detail, Instant at,
            List<MessageFrame> history) {
    }

    /** Frame for the visitor: the conversation changed state (queued, served by an agent, ended and why). */
    public record StateFrame(String type, long conversationId, String event, String state, String endReason,
            String agentName, Instant at) {
    }

    private static final Set<String> WITH_HISTORY = Set.of("ASSIGNED", "TRANSFERRED");

    @Inject
    ConversationRepository conversations;
    @Inject
    AgentSeatRepository seats;

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.EVENTS_TOPIC)
    Topic events;

    @Resource
    TransactionSynchronizationRegistry transaction;

    void onMessage(@Observes MessagePosted posted) {
        String frame = DeskUpdateCodec.toJson(MessageFrame.of(posted.conversationId(), posted.message()));
        publish(new DeskUpdate(posted.tenantId(), posted.agentId(), posted.channel(), posted.visitorId(), frame));
    }

    /** Frame for the agent: the visitor's draft (CH-9). */
    public record TypingFrame(String type, long conversationId, String draft) {
    }

    /** Frame for both sides: a line was taken back (CH-10); clients blank it. */
    public record RecallFrame(String type, long conversationId, long seq) {
    }

    void onRecall(@Observes MessageRecalled r) {
        publish(new DeskUpdate(r.tenantId(), r.agentId(), r.channel(), r.visitorId(),
                DeskUpdateCodec.toJson(new RecallFrame("recalled", r.conversationId(), r.seq()))));
    }

    void onTyping(@Observes VisitorTyping t) {
        publish(new DeskUpdate(t.tenantId(), t.agentId(), null, null,
                DeskUpdateCodec.toJson(new TypingFrame("typing", t.conversationId(), t.draft()))));
    }

    /** Frame for the agent: this session was ended (password reset, forced offline, deleted); the socket closes. */
    public record SignedOutFrame(String type, String reason) {
    }

    void onSessionsEnded(@Observes StaffSessionsEnded e) {
        publish(new DeskUpdate(e.tenantId(), e.accountId(), null, null,
                DeskUpdateCodec.toJson(new SignedOutFrame("signedOut", e.reason())), Boolean.TRUE));
    }

    void onRoutingEvent(@Observes RoutingEvent e) {
        if (e.agentId() != null && AGENT_EVENTS.contains(e.type())) {
            publishToAgent(e);
        }
        if (e.conversationId() != null && VISITOR_EVENTS.contains(e.type())) {
            conversations.find(e.conversationId()).ifPresent(c -> publishToVisitor(e, c));
        }
        if (QUEUE_EVENTS.contains(e.type())) {
            publishQueue(e.tenantId());
        }
    }

    private void publishToAgent(RoutingEvent e) {
        List<MessageFrame> history = null;
        if (WITH_HISTORY.contains(e.type()) && e.conversationId() != null) {
            history = conversations.messages(e.conversationId()).stream()
                    .map(m -> MessageFrame.of(m.getConversationId(), MessageViews.of(m))).toList();
        }
        String frame = DeskUpdateCodec.toJson(new EventFrame("event", e.type(), e.conversationId(), e.skillGroupId(),
                e.detail(), e.at(), history));
        publish(new DeskUpdate(e.tenantId(), e.agentId(), null, null, frame));
        if (HOLDER_TOO.contains(e.type()) && e.conversationId() != null) {
            conversations.find(e.conversationId()).map(Conversation::getAgentId)
                    .filter(holder -> !holder.equals(e.agentId()))
                    .ifPresent(holder -> publish(new DeskUpdate(e.tenantId(), holder, null, null, frame)));
        }
    }

    private void publishToVisitor(RoutingEvent e, Conversation c) {
        String agentName = c.getAgentId() == null ? null
                : seats.find(c.getAgentId()).map(AgentSeat::getDisplayName).orElse(null);
        String frame = DeskUpdateCodec.toJson(new StateFrame("state", c.getId(), e.type(), c.getState().name(),
                c.getEndReason() == null ? null : c.getEndReason().name(), agentName, e.at()));
        publish(new DeskUpdate(e.tenantId(), null, c.getChannel(), c.getVisitorId(), frame));
    }

    /**
     * A decision may move the queue many times (a dispatch assigns several conversations): the snapshot is taken
     * once, when the transaction is about to commit, so it is read and published once and shows the final places.
     */
    private void publishQueue(String tenantId) {
        if (transaction.getResource(QUEUE_CHANGED) != null) {
            return;
        }
        transaction.putResource(QUEUE_CHANGED, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (transaction.getRollbackOnly()) {
                    return;
                }
                List<QueuePositions.Place> places = QueuePositions.of(conversations.waiting(SNAPSHOT_LIMIT));
                if (!places.isEmpty()) {
                    publish(new DeskUpdate(tenantId, null, null, null,
                            DeskUpdateCodec.toJson(new QueueSnapshot(QueueSnapshot.TYPE, places))));
                }
            }

            @Override
            public void afterCompletion(int status) {
                // nothing: the publish joined the transaction
            }
        });
    }

    private void publish(DeskUpdate update) {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(events, DeskUpdateCodec.toJson(update));
        }
    }
}
