package io.switchboard.application;

import io.switchboard.domain.model.site.WidgetSettings;
import java.util.List;

/**
 * What the widget of a site knows before the visitor speaks: the site's settings and the skill groups the visitor
 * may pick, each with how many of its agents are signed in (and their public names when the site shows agents).
 */
public record WidgetConfigView(String siteKey, String siteName, WidgetSettings settings, boolean anyoneOnline,
        List<PickableGroup> skillGroups, long maxUploadBytes, boolean noGroupForRegion) {

    public record PickableGroup(long id, String name, int agentsOnline, List<String> agents) {
    }
}
