package io.switchboard.domain.model.quickreply;

import java.util.List;
import java.util.Optional;

public interface QuickReplyRepository {

    /**
     * Quick replies this agent sees (public and their own; {@code agentId} null = public only), those matching
     * {@code query} in title or text (null = all), in {@code categoryId} when set; public first, then by title.
     */
    List<QuickReply> search(Long agentId, String query, Long categoryId, int offset, int limit);

    long count(Long agentId, String query, Long categoryId);

    Optional<QuickReply> find(long id);

    void add(QuickReply reply);

    void remove(QuickReply reply);

    /** Public categories and this agent's own (null = public only), by sort order then name. */
    List<QuickReplyCategory> categories(Long agentId);

    Optional<QuickReplyCategory> findCategory(long id);

    void add(QuickReplyCategory category);

    void remove(QuickReplyCategory category);
}
