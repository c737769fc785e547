package io.switchboard.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Service summaries (服务小结) of the caller's tenant: written by the serving agent, processed by supervisors. */
public interface ServiceSummaryService {

    /** A summary with the names of whom it is about: the agent who wrote it and the visitor. */
    record SummaryView(long conversationId, long agentId, String agentName, String visitorId, String visitorName,
            String category, String note, List<String> tags, Instant writtenAt, Instant processedAt, Long processedBy)
            implements Serializable {
    }

    /**
     * Writes or rewrites the summary of a conversation the agent serves or served.
     *
     * @throws ForbiddenException when another agent served it
     * @throws IllegalArgumentException when the category is not one of the tenant's
     */
    SummaryView write(long conversationId, long agentId, @NotBlank @Size(max = 60) String category,
            @Size(max = 2000) String note, @Size(max = 10) List<@Size(max = 30) String> tags);

    Optional<SummaryView> of(long conversationId);

    /** Newest first; {@code processed} null = all. */
    List<SummaryView> list(Boolean processed, @Min(0) int offset, @Min(1) @Max(500) int limit);

    long count(Boolean processed);

    SummaryView markProcessed(long conversationId, long byAccountId);
}
