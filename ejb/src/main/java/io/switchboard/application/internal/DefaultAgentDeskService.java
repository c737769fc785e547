package io.switchboard.application.internal;

import io.switchboard.application.AgentDeskService;
import io.switchboard.application.AgentSeatService;
import io.switchboard.application.AgentSeatView;
import io.switchboard.application.ConversationService;
import io.switchboard.application.ConversationView;
import io.switchboard.application.MessageView;
import io.switchboard.domain.model.account.UserAccount;
import io.switchboard.domain.model.account.UserAccountRepository;
import io.switchboard.infrastructure.tenancy.PlatformOperation;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/** Also a no-interface view, so {@link #lookup} is called through the container for its own transaction. */
@Stateless
@LocalBean
@Local(AgentDeskService.class)
public class DefaultAgentDeskService implements AgentDeskService {

    @Inject
    TenantContext tenant;
    @Inject
    ConversationService conversations;
    @Inject
    AgentSeatService seats;
    @Inject
    UserAccountRepository accounts;
    @EJB
    DefaultAgentDeskService self;

    @Override
    public Optional<DeskAgent> identify(String username) {
        return self.lookup(username);
    }

    /** Login names are global (see UserAccount), so the lookup runs above tenants. */
    @PlatformOperation
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<DeskAgent> lookup(String username) {
        return accounts.findByUsername(UserAccount.normalizeUsername(username)).filter(UserAccount::isEnabled)
                .map(a -> new DeskAgent(a.getTenantId(), a.getId(), a.getUsername(), a.getDisplayName()));
    }

    @Override
    public void send(DeskAgent agent, long conversationId, String text) {
        tenant.use(agent.tenantId());
        conversations.agentLine(conversationId, agent.agentId(), text);
    }

    @Override
    public MessageView recall(DeskAgent agent, long conversationId, long seq) {
        tenant.use(agent.tenantId());
        return conversations.recall(conversationId, agent.agentId(), seq);
    }

    @Override
    public ConversationView sendAttachment(DeskAgent agent, long conversationId, String attachmentId) {
        tenant.use(agent.tenantId());
        return conversations.agentAttachment(conversationId, agent.agentId(), attachmentId);
    }

    @Override
    public ConversationView accept(DeskAgent agent, long conversationId) {
        tenant.use(agent.tenantId());
        return conversations.accept(conversationId, agent.agentId());
    }

    @Override
    public ConversationView close(DeskAgent agent, long conversationId) {
        tenant.use(agent.tenantId());
        return conversations.close(conversationId, agent.agentId());
    }

    @Override
    public AgentSeatView status(DeskAgent agent, String status) {
        tenant.use(agent.tenantId());
        return seats.changeStatus(agent.agentId(), status);
    }

    @Override
    public AgentSeatView connected(DeskAgent agent) {
        tenant.use(agent.tenantId());
        return seats.connectionRestored(agent.agentId());
    }

    @Override
    public void heartbeat(DeskAgent agent) {
        tenant.use(agent.tenantId());
        seats.stillConnected(agent.agentId());
    }

    @Override
    public AgentSeatView disconnected(DeskAgent agent) {
        tenant.use(agent.tenantId());
        return seats.connectionLost(agent.agentId());
    }
}
