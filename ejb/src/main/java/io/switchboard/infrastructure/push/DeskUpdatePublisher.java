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
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns transcript messages and routing events into socket frames and publishes them on the events topic, which
 * every node consumes. Frames leave after the deciding transaction has committed (non-persistent, through a
 * connection factory outside transactions): nobody is told about a rolled-back change, and the broker is never a
 * second resource of a chat line's transaction. A frame lost on the way (the node died right after the commit,
 * or the client was disconnected) is caught up by the client reading the transcript after the last sequence
 * number it saw.
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
    private static final String PENDING = DeskUpdatePublisher.class.getName() + ".pending";

    /** Frame: a transcript line. */
    public record MessageFrame(String type, long conversationId, long seq, String sender, Long agentId, String code,
            String body, String clientMessageId, Instant sentAt, AttachmentView attachment, List<String> flagged,
            boolean recalled, List<io.switchboard.domain.model.conversation.MessageButton> buttons) {

        public static MessageFrame of(long conversationId, MessageView m) {
            return new MessageFrame("message", conversationId, m.seq(), m.sender(), m.agentId(), m.code(), m.body(),
                    m.clientMessageId(), m.sentAt(), m.attachment(), m.flagged(), m.recalled(),
                    m.buttons() == null || m.buttons().isEmpty() ? null : m.buttons());
        }
    }

    /**
     * Frame: a routing event concerning this agent (offer, end, transfer, status). When a conversation reaches the
     * agent (ASSIGNED, TRANSFERRED) it carries the transcript so far; clients drop lines whose
     * (conversationId, seq) they already have.
     */
    public record EventFrame(String type, String event, Long conversationId, Long skillGroupId, String detail, Instant at,
            MessageFrame preview) {
    }

    /**
     * Frame for the visitor: the conversation changed state (queued, served by an agent, ended and why).
     * {@code byAgent}: an agent started this conversation with the visitor, who was only browsing (主动发起会话).
     */
    public record StateFrame(String type, long conversationId, String event, String state, String endReason,
            String agentName, Instant at, boolean byAgent) {
    }

    /** The detail of the ASSIGNED event of a conversation an agent started (the live-visitor service writes it). */
    public static final String AGENT_INITIATED = "agent-initiated";

    private static final Set<String> WITH_PREVIEW = Set.of("ASSIGNED", "TRANSFERRED");

    @Inject
    ConversationRepository conversations;
    @Inject
    AgentSeatRepository seats;

    @Inject
    EventsTopicSender sender;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private final Set<String> movedQueues = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
        MessageFrame preview = null;
        if (e.preview() != null) {
            preview = MessageFrame.of(e.conversationId(), e.preview());
        } else if (WITH_PREVIEW.contains(e.type()) && e.conversationId() != null) {
            // the visitor's latest line only: the workbench reads the transcript when the agent opens the chat
            preview = conversations.lastVisitorMessage(e.conversationId())
                    .map(m -> MessageFrame.of(m.getConversationId(), MessageViews.of(m))).orElse(null);
        }
        String frame = DeskUpdateCodec.toJson(new EventFrame("event", e.type(), e.conversationId(), e.skillGroupId(),
                e.detail(), e.at(), preview));
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
                c.getEndReason() == null ? null : c.getEndReason().name(), agentName, e.at(),
                AGENT_INITIATED.equals(e.detail())));
        publish(new DeskUpdate(e.tenantId(), null, c.getChannel(), c.getVisitorId(), frame));
    }

    /**
     * The queue moved: its places are pushed by {@link #publishQueueNow} at most every sweep (half a second), read in
     * a transaction of their own once this one committed — never under the routing lock, and once for any number of
     * decisions in between (a burst of arrivals and closes moves the queue hundreds of times a second, and each
     * snapshot is one frame per waiting visitor).
     */
    private void publishQueue(String tenantId) {
        if (transaction.getResource(QUEUE_CHANGED) != null) {
            return;
        }
        transaction.putResource(QUEUE_CHANGED, Boolean.TRUE);
        afterCommit(() -> movedQueues.add(tenantId));
    }

    /** The tenants whose queue moved since the last call, and forgets them. */
    public Set<String> takeMovedQueues() {
        Set<String> taken = new java.util.HashSet<>();
        for (java.util.Iterator<String> it = movedQueues.iterator(); it.hasNext(); ) {
            taken.add(it.next());
            it.remove();
        }
        return taken;
    }

    /**
     * Pushes every waiting visitor of the current tenant its place, from one read of the queue, with what
     * {@code estimate} adds (the predicted waits).
     */
    public void publishQueueNow(String tenantId,
            java.util.function.UnaryOperator<List<QueuePositions.Place>> estimate) {
        List<QueuePositions.Place> places = estimate.apply(QueuePositions.of(conversations.waiting(SNAPSHOT_LIMIT)));
        if (!places.isEmpty()) {
            publish(new DeskUpdate(tenantId, null, null, null,
                    DeskUpdateCodec.toJson(new QueueSnapshot(QueueSnapshot.TYPE, places))));
        }
    }

    /**
     * Publishes when the deciding transaction has committed, never inside it: the broker is not a second resource of
     * that transaction (no two-phase commit per chat line), nobody hears of a change that rolled back, and the
     * frames of one transaction leave together, in the order they were made. Outside a transaction it sends at once.
     */
    private void publish(DeskUpdate update) {
        List<DeskUpdate> pending = pendingOfThisTransaction();
        if (pending == null) {
            send(List.of(update));
        } else {
            pending.add(update);
        }
    }

    /** Runs {@code action} once the current transaction has committed; not at all when it rolls back. */
    private void afterCommit(Runnable action) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    /** The frames this transaction will publish when it commits, or null outside an active transaction. */
    @SuppressWarnings("unchecked")
    private List<DeskUpdate> pendingOfThisTransaction() {
        if (transaction.getTransactionKey() == null) {
            return null;
        }
        List<DeskUpdate> pending = (List<DeskUpdate>) transaction.getResource(PENDING);
        if (pending == null) {
            if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
                return null; // completing already and nothing registered: too late to wait for the commit
            }
            List<DeskUpdate> created = new ArrayList<>();
            transaction.putResource(PENDING, created);
            afterCommit(() -> send(created));
            pending = created;
        }
        return pending;
    }

    private void send(List<DeskUpdate> updates) {
        if (!updates.isEmpty()) {
            sender.send(updates.stream().map(DeskUpdateCodec::toJson).toList());
        }
    }
}
