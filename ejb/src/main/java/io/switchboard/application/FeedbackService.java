package io.switchboard.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What visitors leave behind: satisfaction ratings (QA-1) and left messages (CH-7), in the caller's tenant. */
public interface FeedbackService {

    /** A rating with the names of whom it is about: the serving agent and the visitor. */
    record RatingView(long id, long conversationId, Long agentId, String agentName, String visitorId,
            String visitorName, int score, String comment, Instant createdAt) implements Serializable {
    }

    record LeftMessageView(long id, String channel, String visitorId, Long conversationId, String visitorName,
            String contact, String text, Instant createdAt, Instant processedAt, Long processedBy)
            implements Serializable {
    }

    /**
     * The visitor rates a conversation an agent served.
     *
     * @throws ForbiddenException when the conversation is not this visitor's
     * @throws ConflictException when it is already rated
     */
    RatingView rate(@NotBlank String channel, @NotBlank String visitorId, long conversationId,
            @Min(1) @Max(5) int score, @Size(max = 500) String comment);

    /** Stored for agents to process; linked to the visitor's latest conversation on the channel, if any. */
    LeftMessageView leaveMessage(@NotBlank String channel, @NotBlank String visitorId, @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String contact, @NotBlank @Size(max = 2000) String text);

    List<RatingView> ratings(@Min(0) int offset, @Min(1) @Max(500) int limit);

    long countRatings();

    /** Newest first; {@code processed} null = all. */
    List<LeftMessageView> leftMessages(Boolean processed, @Min(0) int offset, @Min(1) @Max(500) int limit);

    long countLeftMessages(Boolean processed);

    LeftMessageView markProcessed(long id, long agentId);
}
