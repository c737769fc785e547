package io.switchboard.interfaces.web.socket;

import io.switchboard.application.ConflictException;
import io.switchboard.application.ForbiddenException;
import io.switchboard.application.NotFoundException;
import io.switchboard.application.RejectedContentException;
import io.switchboard.application.SensitiveContentException;
import io.switchboard.application.TooManyRequestsException;
import io.switchboard.infrastructure.persistence.DatabaseOutage;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;

/**
 * What kind of refusal a socket request met, as a stable code that clients translate ({@code error} frames carry
 * {@code code} next to the server's English {@code message}): {@code sensitive}, {@code tooMany}, {@code unavailable},
 * {@code invalid}, {@code forbidden}, {@code notFound}, {@code conflict}, {@code rejected}, {@code internal}.
 */
public final class SocketError {

    private SocketError() {
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

    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
