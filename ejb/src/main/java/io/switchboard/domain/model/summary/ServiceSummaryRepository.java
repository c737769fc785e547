package io.switchboard.domain.model.summary;

import java.util.List;
import java.util.Optional;

public interface ServiceSummaryRepository {

    Optional<ServiceSummary> find(long conversationId);

    void add(ServiceSummary summary);

    /** Newest first; {@code processed} null = all. */
    List<ServiceSummary> list(Boolean processed, int offset, int limit);

    long count(Boolean processed);
}
