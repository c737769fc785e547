package io.switchboard.application.internal;

import io.switchboard.application.ConflictException;
import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.QualityService;
import io.switchboard.domain.model.conversation.Conversation;
import io.switchboard.domain.model.conversation.ConversationRepository;
import io.switchboard.domain.model.feedback.FeedbackRepository;
import io.switchboard.domain.model.feedback.QaScore;
import io.switchboard.infrastructure.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultQualityService implements QualityService {

    @Inject
    ConversationRepository conversations;
    @Inject
    FeedbackRepository feedback;
    @Inject
    TenantContext tenant;
    @Inject
    Clock clock;

    @Override
    public QaView score(long conversationId, int score, String comment, Map<String, Integer> marks) {
        // under the conversation's row lock: two supervisors scoring at once take turns
        Conversation c = conversations.lock(conversationId).orElseThrow(() -> new NotFoundException(
                "conversation " + conversationId + " not found").coded("conversation.notFound", conversationId));
        if (!c.getState().terminal()) {
            throw new ConflictException("conversation " + conversationId + " has not ended: score it once it has")
                    .coded("qa.notEnded", conversationId);
        }
        if (c.getAgentId() == null) {
            throw new ConflictException("no agent served conversation " + conversationId + ", so there is nothing to score")
                    .coded("qa.notServed", conversationId);
        }
        Optional<QaScore> existing = feedback.qaScoreOf(conversationId);
        QaScore qa = existing.orElseGet(() -> new QaScore(conversationId, c.getAgentId()));
        Integer previous = existing.map(QaScore::getScore).orElse(null);
        try {
            qa.score(score, comment, marks, tenant.actor(), clock.instant());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            InvalidFieldException refusal = message.startsWith("marks")
                    ? new InvalidFieldException("marks", message).coded("qa.marks", QaScore.MAX_SCORE, QaScore.MAX_ITEMS,
                            QaScore.MAX_ITEM_NAME)
                    : message.startsWith("comment") ? new InvalidFieldException("comment", message).coded("qa.comment")
                    : new InvalidFieldException("score", message).coded("qa.score", QaScore.MAX_SCORE);
            throw refusal;
        }
        if (existing.isEmpty()) {
            feedback.add(qa);
        }
        c.qaScored(previous, score, qa.getScoredAt());
        return view(qa);
    }

    @Override
    public Optional<QaView> of(long conversationId) {
        return feedback.qaScoreOf(conversationId).map(DefaultQualityService::view);
    }

    private static QaView view(QaScore q) {
        return new QaView(q.getConversationId(), q.getAgentId(), q.getScore(), q.getComment(), q.markMap(),
                q.getScorer(), q.getScoredAt());
    }
}
