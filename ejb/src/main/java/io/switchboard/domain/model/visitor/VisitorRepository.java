package io.switchboard.domain.model.visitor;

import java.util.List;
import java.util.Optional;

/** Visitor profiles and page trails of the current tenant. */
public interface VisitorRepository {

    Optional<VisitorProfile> find(String channel, String visitorId);

    /**
     * Locks the visitor's profile row until the transaction ends: a visitor's first line and an agent's chat with
     * that visitor (主动发起会话) each take it before they look for an open conversation, so only one opens one.
     *
     * @return whether the visitor has a profile (a web visitor who opened a widget session has one)
     */
    boolean lock(String channel, String visitorId);

    /** The profiles of these visitors of a channel (those that have one), by visitor id: one read for a list. */
    java.util.Map<String, VisitorProfile> findAll(String channel, java.util.Collection<String> visitorIds);

    /** Each of these visitors' latest page view, by visitor id: one read for a list. */
    java.util.Map<String, PageView> latestPages(java.util.Collection<String> visitorIds);

    void add(VisitorProfile profile);

    void add(PageView view);

    /** The visitor's pages, newest first. */
    List<PageView> pageViews(String visitorId, int offset, int limit);

    long countPageViews(String visitorId);
}
