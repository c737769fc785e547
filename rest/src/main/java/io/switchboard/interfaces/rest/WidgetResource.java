package io.switchboard.interfaces.rest;

import io.switchboard.application.AttachmentService;
import io.switchboard.application.AttachmentView;
import io.switchboard.application.WidgetConfigView;
import io.switchboard.application.WidgetSiteService;
import jakarta.inject.Inject;
import io.switchboard.application.VisitorTrailService;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.switchboard.domain.model.message.Language;
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

    @Inject
    WidgetSiteService sites;
    @Inject
    AttachmentService attachments;
    @Inject
    VisitorTrailService trail;

    /**
     * Settings, pickable skill groups with their online agents (CH-1..CH-4); the site texts in {@code lang}
     * ({@code zh}, {@code en}: the widget's {@code data-lang} or the browser's language).
     */
    @GET
    @Path("config")
    public WidgetConfigView config(@PathParam("siteKey") String siteKey, @QueryParam("lang") String lang,
            @Context HttpServletRequest http) {
        return sites.publicConfig(siteKey, http.getRemoteAddr(), Language.of(lang));
    }

    /** What the widget sends when it loads and before each socket connect (CH-5). */
    public record SessionRequest(@Size(max = 100) String visitorId, @Size(max = 128) String visitorSecret,
            @Size(max = 100) String userId,
            @Size(max = 128) String userSignature, @Size(max = 100) String userName, @Size(max = 4000) String url,
            @Size(max = 1000) String title) {
    }

    public record PageViewRequest(@NotBlank @Size(max = 600) String pass, @NotBlank @Size(max = 2000) String url,
            @Size(max = 1000) String title) {
    }

    /**
     * Opens a visit: the anonymous id the browser keeps with its secret ({@code visitorId} + {@code visitorSecret}:
     * the first session of an id binds the secret, later ones must repeat it), or a signed user of the host site
     * ({@code userId} + {@code userSignature} = hex HMAC-SHA256 of the user id with the site secret). Records
     * address, browser and the page ({@code url}, {@code title}); answers the visitor id and the pass for the socket,
     * page views and uploads, which work from this request's address only.
     */
    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openSession(@PathParam("siteKey") String siteKey, @NotNull @Valid SessionRequest body,
                                @Context HttpServletRequest http) {
        var request = new VisitorTrailService.SessionRequest(body.visitorId(), body.visitorSecret(), body.userId(),
                body.userSignature(), body.userName(), http.getRemoteAddr(), http.getHeader("User-Agent"), body.url(),
                body.title());
        VisitorTrailService.VisitorSession session;
        try {
            session = trail.openSession(siteKey, request);
        } catch (EJBException e) {
            if (!causedByDatabase(e)) {
                throw e;
            }
            // two tabs of a new visitor at once: the second insert of the profile lost; now it exists
            session = trail.openSession(siteKey, request);
        }
        return Response.status(Response.Status.CREATED).entity(session).build();
    }

    /** A page of a single-page site the visitor moved to while the widget stayed loaded. */
    @POST
    @Path("pageviews")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pageView(@PathParam("siteKey") String siteKey, @NotNull @Valid PageViewRequest body,
                             @Context HttpServletRequest http) {
        trail.pageView(siteKey, body.pass(), http.getRemoteAddr(), body.url(), body.title());
        return Response.noContent().build();
    }

    /**
     * A visitor uploads an image or file (the raw bytes as the body, the name in {@code X-File-Name}, URL-encoded);
     * the answer names the file for the {@code send} frame.
     */
    @POST
    @Path("files")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("siteKey") String siteKey, @QueryParam("pass") String pass,
                           @HeaderParam("X-File-Name") String fileName, InputStream body,
                           @Context HttpServletRequest http) {
        String visitor = trail.admit(siteKey, pass, http.getRemoteAddr()).visitorId();
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

    private static boolean causedByDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.PersistenceException || t instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
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
