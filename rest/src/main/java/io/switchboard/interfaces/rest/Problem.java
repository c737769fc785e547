package io.switchboard.interfaces.rest;

import io.switchboard.application.CodedRefusal;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document; {@code errors} lists field-level validation failures. A refusal the services name
 * ({@link CodedRefusal}) adds the extension members {@code code} (e.g. {@code transfer.notPending}) and
 * {@code arguments} (the values its text names, as strings), so a partner can say it in its own language; both are
 * left out otherwise.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, String code,
                      List<String> arguments) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldError(String field, String message) {
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, List.of());
    }

    public static Response response(Response.StatusType status, String detail, List<FieldError> errors) {
        return response(status, detail, errors, null);
    }

    /** @param refusal the refusal whose {@code code} and {@code arguments} the document carries when it has a code */
    public static Response response(Response.StatusType status, String detail, List<FieldError> errors,
                                    CodedRefusal refusal) {
        boolean coded = refusal != null && refusal.code() != null;
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors,
                coded ? refusal.code() : null, coded ? refusal.arguments() : null);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
