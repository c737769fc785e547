package io.switchboard.interfaces.web.socket;

import io.switchboard.application.CodedRefusal;
import io.switchboard.application.ConflictException;
import io.switchboard.application.ForbiddenException;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.RejectedContentException;
import io.switchboard.application.SensitiveContentException;
import io.switchboard.application.TooManyRequestsException;
import io.switchboard.infrastructure.persistence.DatabaseOutage;
import jakarta.ejb.EJBException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.validation.ConstraintViolationException;

/**
 * What kind of refusal a socket request met, as a stable code that clients translate. An {@code error} frame is
 * <pre>{"type":"error","code":"conflict","message":"..","reason":"transfer.notPending","arguments":["12","7"]}</pre>
 * {@code code} is the kind: {@code sensitive}, {@code tooMany}, {@code unavailable}, {@code invalid},
 * {@code forbidden}, {@code notFound}, {@code conflict}, {@code rejected}, {@code internal}; {@code message} the
 * server's English text. {@code reason} and {@code arguments} come only with a refusal the services name
 * ({@link CodedRefusal}): the finer kind, the same the console's bundle has as {@code error.<reason>}, and the values
 * (as strings) its text fills in as {0}, {1} …, so a client says it in its user's language.
 */
public final class SocketError {

    /** Looked up once: {@code Json.createX} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private SocketError() {
    }

    /**
     * An {@code error} frame for this refusal, with {@code code}, the given {@code message} and, for a coded refusal,
     * {@code reason} and {@code arguments}; the caller may add more (a {@code clientId}) before building it.
     */
    public static JsonObjectBuilder frame(Throwable e, String message) {
        JsonObjectBuilder frame = JSON.createObjectBuilder().add("type", "error").add("code", code(e))
                .add("message", message);
        CodedRefusal refusal = coded(e);
        if (refusal != null) {
            JsonArrayBuilder arguments = JSON.createArrayBuilder();
            refusal.arguments().forEach(arguments::add);
            frame.add("reason", refusal.code()).add("arguments", arguments);
        }
        return frame;
    }

    /** The refusal when the services named its kind ({@link CodedRefusal#code()} set), else null. */
    public static CodedRefusal coded(Throwable e) {
        return unwrap(e) instanceof CodedRefusal r && r.code() != null ? r : null;
    }

    public static String code(Throwable e) {
        if (DatabaseOutage.isCause(e)) {
            return "unavailable";
        }
        Throwable t = unwrap(e);
        if (t instanceof SensitiveContentException) {
            return "sensitive";
        }
        if (t instanceof TooManyRequestsException) {
            return "tooMany";
        }
        if (t instanceof RejectedContentException) {
            return "rejected";
        }
        if (t instanceof ForbiddenException) {
            return "forbidden";
        }
        if (t instanceof NotFoundException) {
            return "notFound";
        }
        if (t instanceof ConflictException) {
            return "conflict";
        }
        if (t instanceof ConstraintViolationException || t instanceof IllegalArgumentException
                || t instanceof IllegalStateException) {
            return "invalid";
        }
        return "internal";
    }

    /** The refusal an EJB call threw, out of the {@link EJBException}s the container wrapped it in. */
    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
