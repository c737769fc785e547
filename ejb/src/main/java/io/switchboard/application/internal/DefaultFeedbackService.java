package io.switchboard.application.internal;

import io.switchboard.domain.model.seat.AgentSeatRepository;
import io.switchboard.application.ConflictException;
import io.switchboard.application.FeedbackService;
import io.switchboard.application.ForbiddenException;
import io.switchboard.application.NotFoundException;
import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.feedback.FeedbackRepository;
import io.switchboard.domain.model.feedback.LeftMessage;
import io.switchboard.domain.model.feedback.SatisfactionRating;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

@Stateless
public class DefaultFeedbackService implements FeedbackService {

    @Inject
    FeedbackRepository feedback;
    @Inject
    ConversationRepository conversations;
    @Inject
    Clock clock;
    @Inject
    TenantReferences references;
    @Inject
    AgentSeatRepository seats;

    @Override
    public RatingView rate(String channel, String visitorId, long conversationId, int score, String comment) {
        Conversation c = conversations.find(conversationId)
                .filter(x -> x.getVisitorId().equals(visitorId) && x.getChannel().equals(channel))
                .orElseThrow(() -> new ForbiddenException("conversation " + conversationId + " is not yours to rate")
                        .coded("conversation.notYoursToRate", conversationId));
        if (c.getAssignedAt() == null) {
            throw new ConflictException("no agent served this conversation, so there is nothing to rate")
                    .coded("conversation.notServed", conversationId);
        }
        if (feedback.ratingOf(conversationId).isPresent()) {
            throw new ConflictException("this conversation is already rated")
                    .coded("conversation.alreadyRated", conversationId);
        }
        SatisfactionRating rating = new SatisfactionRating(conversationId, c.getAgentId(), score, comment, clock.instant());
        feedback.add(rating);
        c.rated(score, rating.getCreatedAt());
        return view(rating, names(List.of(rating)));
    }

    @Override
    public LeftMessageView leaveMessage(String channel, String visitorId, String name, String contact, String text) {
        Long conversationId = conversations.latestOf(visitorId, channel).map(Conversation::getId).orElse(null);
        LeftMessage m = new LeftMessage(channel, visitorId, conversationId, name, contact, text, clock.instant());
        feedback.add(m);
        return view(m);
    }

    @Override
    public List<RatingView> ratings(int offset, int limit) {
        List<SatisfactionRating> page = feedback.ratings(offset, limit);
        Names names = names(page);
        return page.stream().map(r -> view(r, names)).toList();
    }

    @Override
    public long countRatings() {
        return feedback.countRatings();
    }

    @Override
    public List<LeftMessageView> leftMessages(Boolean processed, int offset, int limit) {
        return feedback.leftMessages(processed, offset, limit).stream().map(DefaultFeedbackService::view).toList();
    }

    @Override
    public long countLeftMessages(Boolean processed) {
        return feedback.countLeftMessages(processed);
    }

    @Override
    public LeftMessageView markProcessed(long id, long agentId) {
        LeftMessage m = feedback.findLeftMessage(id)
                .orElseThrow(() -> new NotFoundException("left message " + id + " not found")
                        .coded("leftMessage.notFound", id));
        references.staff("agentId", agentId); // kept as a plain id column: of this tenant, or refused
        m.processed(agentId, clock.instant());
        return view(m);
    }

    private Names names(List<SatisfactionRating> ratings) {
        return Names.of(conversations, seats, ratings.stream().map(SatisfactionRating::getConversationId).toList(),
                ratings.stream().map(SatisfactionRating::getAgentId).toList());
    }

    private static RatingView view(SatisfactionRating r, Names names) {
        return new RatingView(r.getId(), r.getConversationId(), r.getAgentId(), names.agent(r.getAgentId()),
                names.visitorId(r.getConversationId()), names.visitorName(r.getConversationId()), r.getScore(),
                r.getComment(), r.getCreatedAt());
    }

    private static LeftMessageView view(LeftMessage m) {
        return new LeftMessageView(m.getId(), m.getChannel(), m.getVisitorId(), m.getConversationId(),
                m.getVisitorName(), m.getContact(), m.getBody(), m.getCreatedAt(), m.getProcessedAt(), m.getProcessedBy());
    }
}
