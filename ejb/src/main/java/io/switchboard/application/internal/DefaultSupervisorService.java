package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.SupervisorService;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;

/** The supervisor's move, as the transfer an agent asks for and the receiver's "yes", in one transaction. */
@Stateless
public class DefaultSupervisorService implements SupervisorService {

    @Inject
    ConversationService conversations;
    @Inject
    TenantContext tenant;
    @Inject
    AuditTrail audit;

    @Override
    public ConversationView move(long conversationId, long toAgentId, String note) {
        ConversationView c = conversations.get(conversationId);
        if (!"ASSIGNED".equals(c.state()) || c.agentId() == null) {
            throw new ConflictException("conversation " + conversationId + " is not with an agent now, so it cannot be moved")
                    .coded("supervisor.notLive", conversationId);
        }
        if (c.transferToAgentId() != null) {
            throw new ConflictException("conversation " + conversationId + " has a transfer pending; wait for its answer")
                    .coded("supervisor.transferPending", conversationId);
        }
        String why = note == null || note.isBlank() ? "moved by " + tenant.actor() : note.strip();
        conversations.transfer(conversationId, c.agentId(), toAgentId, null, why);
        ConversationView moved = conversations.answerTransfer(conversationId, toAgentId, true);
        audit.record("conversation.move", "conversation", conversationId, Map.of("agentId", c.agentId()),
                Map.of("agentId", toAgentId, "note", why));
        return moved;
    }
}
