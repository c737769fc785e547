package io.switchboard.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} lists field-level validation failures. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldError(String field, String message) {
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, List.of());
    }

    public static Response response(Response.StatusType status, String detail, List<FieldError> errors) {
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
