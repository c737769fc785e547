package io.switchboard.domain.model.visitor;

import java.util.List;
import java.util.Optional;

/** Visitor profiles and page trails of the current tenant. */
public interface VisitorRepository {

    Optional<VisitorProfile> find(String channel, String visitorId);

    void add(VisitorProfile profile);

    void add(PageView view);

    /** The visitor's pages, newest first. */
    List<PageView> pageViews(String visitorId, int offset, int limit);

    long countPageViews(String visitorId);
}
