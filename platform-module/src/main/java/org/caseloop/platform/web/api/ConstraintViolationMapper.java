package org.caseloop.platform.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.web.Problem;

import java.util.List;

/** Bean Validation failures: 422 with every violation as "field: message". */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<String> violations = e.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::describe)
                .sorted()
                .toList();
        return Problem.response(422, "Unprocessable Content", "The request breaks " + violations.size()
                + " validation rule(s)", violations);
    }

    /** "field: message", the form every API uses for a violation. */
    public static String describe(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // Drop the method and parameter prefix ("create.arg0.") that means nothing to a caller.
        int lastDot = path.lastIndexOf('.');
        String field = lastDot >= 0 ? path.substring(lastDot + 1) : path;
        return field + ": " + v.getMessage();
    }
}
