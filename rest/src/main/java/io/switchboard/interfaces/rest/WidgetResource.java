package io.switchboard.interfaces.rest;

import io.switchboard.application.SkillGroupService;
import io.switchboard.domain.model.skillgroup.SkillGroupKind;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What the chat widget of a site may know before a visitor speaks; the site key names the tenant. */
@Path("widget/{siteKey}")
@Produces(MediaType.APPLICATION_JSON)
public class WidgetResource {

    /** A skill group the visitor may pick (CH-4). */
    public record PickableGroup(long id, String name) {
    }

    public record WidgetConfig(String siteKey, List<PickableGroup> skillGroups) {
    }

    @Inject
    SkillGroupService groups;

    @GET
    @Path("config")
    public WidgetConfig config(@PathParam("siteKey") String siteKey) {
        List<PickableGroup> pickable = groups.list(0, 500).stream()
                .filter(g -> g.isEnabled() && g.getKind() == SkillGroupKind.ONLINE)
                .map(g -> new PickableGroup(g.getId(), g.getName()))
                .toList();
        return new WidgetConfig(siteKey, pickable);
    }
}
