package io.switchboard.interfaces.rest;

import io.switchboard.application.AttachmentService;
import io.switchboard.application.AttachmentView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * Files for partners (CH-11): upload one to send it in a conversation ({@code attachmentId} of a message), or
 * download one a visitor sent. Raw bytes in the body, the name in {@code X-File-Name} (URL-encoded).
 */
@Path("v1/files")
@Produces(MediaType.APPLICATION_JSON)
public class FileResource {

    @Inject
    AttachmentService attachments;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@HeaderParam("X-File-Name") String fileName, InputStream body) {
        AttachmentView stored = attachments.upload("api", WidgetResource.decode(fileName), body);
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id) {
        return FileResponses.of(attachments.open(id));
    }
}
