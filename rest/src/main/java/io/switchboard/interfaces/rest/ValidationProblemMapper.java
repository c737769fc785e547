package io.switchboard.interfaces.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of resource parameters. Needs its own mapper: RESTEasy's built-in mapper for
 * ValidationException is closer to the exception type than {@link ProblemMappers}' Throwable.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ProblemMappers.invalidFields(exception);
    }
}
