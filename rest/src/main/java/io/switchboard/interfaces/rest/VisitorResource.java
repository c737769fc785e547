package io.switchboard.interfaces.rest;

import io.switchboard.application.ContactService;
import io.switchboard.application.LiveVisitorService;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.VisitorTrailService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * What is known of a visitor (CH-5): signed user, address, region, browser, and the page trail. A visitor id is at
 * most 100 characters, as every visitor id column: a longer one is refused here (400) instead of by the database.
 */
@Path("v1/visitors")
@Produces(MediaType.APPLICATION_JSON)
public class VisitorResource {

    @Inject
    VisitorTrailService trail;
    @Inject
    ContactService contacts;
    @Inject
    LiveVisitorService live;

    /** The visitors browsing the tenant's sites now (S2 §1 在线访客), the newest visit first. */
    @GET
    @Path("live")
    public List<LiveVisitorService.LiveVisitorView> live(
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return live.browsing(limit);
    }

    /**
     * An agent's first line to a browsing visitor (S3 §2.2 主动发起会话); without {@code text} the greeting in the
     * visitor's language ("您好！有什么可以帮您的吗？").
     */
    public record ChatRequest(@NotNull Long agentId, @Size(max = 4000) String text) {
    }

    /**
     * Starts a web chat of an agent with a browsing visitor: 201 with the conversation, assigned to the agent (it
     * counts against the agent's cap); 409 when the visitor left or is in a conversation, or the agent is not
     * signed in or at the cap.
     */
    @POST
    @Path("{visitorId}/chats")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startChat(@PathParam("visitorId") @Size(max = 100) String visitorId,
            @NotNull @Valid ChatRequest request) {
        return Response.status(201).entity(live.startChat(request.agentId(), visitorId, request.text()))
                .build();
    }

    @GET
    @Path("{visitorId}")
    public VisitorTrailService.VisitorProfileView profile(@PathParam("visitorId") @Size(max = 100) String visitorId,
            @QueryParam("channel") @DefaultValue("WEB") @Pattern(regexp = "WEB|IM_API", message = "must be WEB or IM_API") String channel,
            @QueryParam("pages") @DefaultValue("50") @Min(0) @Max(200) int pages) {
        return trail.profile(channel, visitorId, pages);
    }

    public record ContactRequest(@Size(max = 100) String name, @Size(max = 40) String phone,
            @Size(max = 200) String email, @Size(max = 200) String company, @Size(max = 1000) String note,
            Long contactId) {
    }

    /** AG-3: the visitor's tags. */
    @GET
    @Path("{visitorId}/tags")
    public List<String> tags(@PathParam("visitorId") @Size(max = 100) String visitorId, @QueryParam("channel") @DefaultValue("WEB") @Pattern(regexp = "WEB|IM_API", message = "must be WEB or IM_API") String channel) {
        return contacts.tags(channel, visitorId);
    }

    @PUT
    @Path("{visitorId}/tags/{tag}")
    public List<String> tag(@PathParam("visitorId") @Size(max = 100) String visitorId, @PathParam("tag") String tag,
            @QueryParam("channel") @DefaultValue("WEB") @Pattern(regexp = "WEB|IM_API", message = "must be WEB or IM_API") String channel) {
        return contacts.tag(channel, visitorId, tag);
    }

    @DELETE
    @Path("{visitorId}/tags/{tag}")
    public List<String> untag(@PathParam("visitorId") @Size(max = 100) String visitorId, @PathParam("tag") String tag,
            @QueryParam("channel") @DefaultValue("WEB") @Pattern(regexp = "WEB|IM_API", message = "must be WEB or IM_API") String channel) {
        return contacts.untag(channel, visitorId, tag);
    }

    /** AG-3: the contact this visitor is. */
    @GET
    @Path("{visitorId}/contact")
    public ContactService.ContactView contact(@PathParam("visitorId") @Size(max = 100) String visitorId,
            @QueryParam("channel") @DefaultValue("WEB") @Pattern(regexp = "WEB|IM_API", message = "must be WEB or IM_API") String channel) {
        return contacts.contactOf(channel, visitorId)
                .orElseThrow(() -> new NotFoundException("visitor " + visitorId + " is not linked to a contact"));
    }

    /** Makes a contact from the visitor, or (with {@code contactId}) links the visitor to an existing one. */
    @PUT
    @Path("{visitorId}/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactService.ContactView link(@PathParam("visitorId") @Size(max = 100) String visitorId,
            @QueryParam("channel") @DefaultValue("WEB") @Pattern(regexp = "WEB|IM_API", message = "must be WEB or IM_API") String channel,
            @NotNull @Valid ContactRequest r) {
        if (r.contactId() != null) {
            return contacts.link(channel, visitorId, r.contactId());
        }
        if (r.name() == null || r.name().isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
        return contacts.create(channel, visitorId, r.name(), r.phone(), r.email(), r.company(), r.note(), null);
    }
}
