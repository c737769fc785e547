package io.switchboard.interfaces.rest;

import io.switchboard.application.AttachmentService;
import io.switchboard.application.AttachmentView;
import io.switchboard.application.WidgetConfigView;
import io.switchboard.application.WidgetSiteService;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * What the chat widget of a site may do before and besides its socket; the site key names the tenant. Public:
 * anyone can read a site's widget settings, as anyone can read the page that embeds it.
 */
@Path("widget/{siteKey}")
@Produces(MediaType.APPLICATION_JSON)
public class WidgetResource {

    static final String VISITOR_ID = "[A-Za-z0-9_.:-]{8,100}";

    @Inject
    WidgetSiteService sites;
    @Inject
    AttachmentService attachments;

    /** Settings, pickable skill groups with their online agents (CH-1..CH-4). */
    @GET
    @Path("config")
    public WidgetConfigView config(@PathParam("siteKey") String siteKey) {
        return sites.publicConfig(siteKey);
    }

    /**
     * A visitor uploads an image or file (the raw bytes as the body, the name in {@code X-File-Name}, URL-encoded);
     * the answer names the file for the {@code send} frame.
     */
    @POST
    @Path("files")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("visitor") @Pattern(regexp = VISITOR_ID, message = "is not a visitor id") String visitor,
                           @HeaderParam("X-File-Name") String fileName, InputStream body) {
        if (visitor == null) {
            throw new IllegalArgumentException("visitor: the visitor id is required");
        }
        AttachmentView stored = attachments.upload("visitor:" + visitor, decode(fileName), body);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    /** A file of a conversation: its id is an unguessable UUID handed out only to the conversation's parties. */
    @GET
    @Path("files/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id) {
        return FileResponses.of(attachments.open(id));
    }

    static String decode(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("X-File-Name: the file name header is required");
        }
        try {
            return URLDecoder.decode(fileName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("X-File-Name: not a URL-encoded file name");
        }
    }
}
