package io.switchboard.application.internal;

import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.seat.AgentSeat;
import io.switchboard.domain.model.seat.AgentSeatRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a page of rows is about, read once for the page (two queries, not two per row): the agents' display names and
 * the conversations' visitors, for lists that store only ids (ratings, summaries).
 */
final class Names {

    private final Map<Long, String> agents;
    private final Map<Long, Conversation> conversations;

    private Names(Map<Long, String> agents, Map<Long, Conversation> conversations) {
        this.agents = agents;
        this.conversations = conversations;
    }

    static Names of(ConversationRepository conversationRepository, AgentSeatRepository seats,
            Collection<Long> conversationIds, Collection<Long> agentIds) {
        Set<Long> agentSet = agentIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Set<Long> conversationSet = conversationIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> agents = new HashMap<>();
        if (!agentSet.isEmpty()) {
            seats.findAll(agentSet).forEach(s -> agents.put(s.getAgentId(), s.getDisplayName()));
        }
        Map<Long, Conversation> conversations = new HashMap<>();
        if (!conversationSet.isEmpty()) {
            conversationRepository.findAll(conversationSet).forEach(c -> conversations.put(c.getId(), c));
        }
        return new Names(agents, conversations);
    }

    String agent(Long agentId) {
        return agentId == null ? null : agents.get(agentId);
    }

    String visitorId(long conversationId) {
        Conversation c = conversations.get(conversationId);
        return c == null ? null : c.getVisitorId();
    }

    String visitorName(long conversationId) {
        Conversation c = conversations.get(conversationId);
        return c == null ? null : c.getVisitorName();
    }

    /** A seat's name, when only one is needed. */
    static String agent(AgentSeatRepository seats, Long agentId) {
        return agentId == null ? null : seats.find(agentId).map(AgentSeat::getDisplayName).orElse(null);
    }
}
