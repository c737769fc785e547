package io.switchboard.interfaces.rest;

import io.switchboard.application.ConflictException;
import io.switchboard.application.ForbiddenException;
import io.switchboard.application.FlowInvalidException;
import io.switchboard.application.InvalidFieldException;
import io.switchboard.application.RejectedContentException;
import io.switchboard.application.SensitiveContentException;
import io.switchboard.application.TooManyRequestsException;
import io.switchboard.application.NotFoundException;
import io.switchboard.infrastructure.persistence.DatabaseOutage;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a problem document: 400 for bad input, 404, 409, and 500 with an incident id (the
 * stack trace goes to the server log, never to the caller). A refusal that concerns one request field (a weak
 * password, an id that names nothing of the caller's tenant) lists it in {@code errors}; one the services name
 * carries its {@code code} and {@code arguments} (see {@link Problem}).
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    @Override
    public Response toResponse(Throwable failure) {
        Throwable t = unwrap(failure);
        if (DatabaseOutage.isCause(failure)) {
            LOG.warning(() -> "API request refused while the database is unreachable: " + failure);
            return Response.fromResponse(Problem.response(Status.SERVICE_UNAVAILABLE,
                    "the service is briefly unavailable; try again in a few seconds")).header("Retry-After", 5).build();
        }
        if (bodyOverServerLimit(failure)) {
            return Problem.response(Status.REQUEST_ENTITY_TOO_LARGE, "the request body is larger than the server accepts");
        }
        if (t instanceof NotFoundException e) {
            return Problem.response(Status.NOT_FOUND, e.getMessage(), e.field() == null ? List.of()
                    : List.of(new Problem.FieldError(e.field(), e.getMessage())), e);
        }
        if (t instanceof InvalidFieldException e) {
            return Problem.response(Status.BAD_REQUEST, e.getMessage(),
                    List.of(new Problem.FieldError(e.field(), e.fieldMessage())), e);
        }
        if (t instanceof FlowInvalidException e) {
            return Problem.response(UNPROCESSABLE, e.getMessage(), e.problems().stream()
                    .map(p -> new Problem.FieldError(p.nodeId() == null ? "flow" : "nodes[" + p.nodeId() + "]",
                            p.message())).toList(), e);
        }
        if (t instanceof TooManyRequestsException e) {
            return Response.fromResponse(Problem.response(Status.TOO_MANY_REQUESTS, e.getMessage()))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
        if (t instanceof SensitiveContentException e) {
            return Problem.response(UNPROCESSABLE, e.getMessage());
        }
        if (t instanceof RejectedContentException e) {
            return Problem.response(e.tooLarge() ? Status.REQUEST_ENTITY_TOO_LARGE : Status.UNSUPPORTED_MEDIA_TYPE,
                    e.getMessage());
        }
        if (t instanceof ForbiddenException e) {
            return Problem.response(Status.FORBIDDEN, e.getMessage(), e.field() == null ? List.of()
                    : List.of(new Problem.FieldError(e.field(), e.getMessage())), e);
        }
        if (t instanceof ConflictException e) {
            return Problem.response(Status.CONFLICT, e.getMessage(), e.field() == null ? List.of()
                    : List.of(new Problem.FieldError(e.field(), e.getMessage())), e);
        }
        if (t instanceof ConstraintViolationException e) {
            return invalidFields(e);
        }
        if (t instanceof IllegalStateException e) {
            // a domain object refused a transition (e.g. closing a conversation twice)
            return Problem.response(Status.CONFLICT, e.getMessage());
        }
        if (t instanceof IllegalArgumentException e) {
            return Problem.response(Status.BAD_REQUEST, e.getMessage());
        }
        InvalidFieldException badParameter = badQueryParameter(t);
        if (badParameter != null) {
            return Problem.response(Status.BAD_REQUEST, badParameter.getMessage(),
                    List.of(new Problem.FieldError(badParameter.field(), badParameter.fieldMessage())), badParameter);
        }
        if (t instanceof WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (status.getStatusCode() == 400 && e.getCause() != null) {
                return Problem.response(status, "the request body is not valid JSON for this resource");
            }
            return Problem.response(status, e.getMessage());
        }
        if (t instanceof ProcessingException) {
            return Problem.response(Status.BAD_REQUEST, "the request body is not valid JSON for this resource");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request failed, incident " + incident, failure);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "internal error, incident " + incident);
    }

    /**
     * Undertow stops reading a body past the listener's {@code max-post-size} with its RequestTooBigException, which
     * RESTEasy may wrap as a bad request; by name, so this module needs no Undertow API.
     */
    private static boolean bodyOverServerLimit(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getClass().getSimpleName().equals("RequestTooBigException")) {
                return true;
            }
        }
        return false;
    }

    /** RESTEasy's name of a query parameter in its message. */
    private static final Pattern QUERY_PARAMETER = Pattern.compile("QueryParam\\(\\\"([A-Za-z0-9_]+)\\\"\\)");

    /**
     * A query parameter that is not of its type (limit=x): JAX-RS answers 404, as if the resource did not exist, so it
     * is told as the bad field it is; the parameter's name comes from RESTEasy's message ({@code QueryParam("limit")}).
     */
    private static InvalidFieldException badQueryParameter(Throwable t) {
        if (!(t instanceof jakarta.ws.rs.NotFoundException e) || e.getMessage() == null) {
            return null;
        }
        Matcher m = QUERY_PARAMETER.matcher(e.getMessage());
        if (!m.find()) {
            return null;
        }
        return new InvalidFieldException(m.group(1), "not a valid value for " + m.group(1))
                .coded("request.badParameter", m.group(1));
    }

    /** 400 with one entry per invalid field; also used by {@link ValidationProblemMapper}. */
    static Response invalidFields(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(leaf(v.getPropertyPath()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return Problem.response(Status.BAD_REQUEST, "the request has invalid fields", errors);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            // a map's key or value (english[messages.welcome]) is named by the map and the key, not "<map key>"
            name = node.getKey() != null && (node.getName() == null || node.getName().startsWith("<"))
                    ? name + "[" + node.getKey() + "]" : node.getName();
        }
        return name == null ? "" : name;
    }
}
