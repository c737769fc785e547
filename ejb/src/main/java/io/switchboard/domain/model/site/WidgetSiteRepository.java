package io.switchboard.domain.model.site;

import java.util.Optional;

public interface WidgetSiteRepository {

    void add(WidgetSite site);

    Optional<WidgetSite> findBySiteKey(String siteKey);

    Optional<WidgetSite> find(long id);

    java.util.List<WidgetSite> list(int offset, int limit);

    long count();
}
