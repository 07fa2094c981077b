package org.caseloop.platform.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.validation.PlainTextValidator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Query and path parameters follow the rule for texts ({@link org.caseloop.platform.validation.PlainText}): no control
 * characters and a bounded length, for every operation. A NUL in a search text would otherwise reach the database,
 * which refuses it with an error, and an escape sequence would reach the logs.
 */
@Provider
public class PlainParameters implements ContainerRequestFilter {

    /** Longer than any name, code, date or search text an operation takes. */
    static final int MAX_LENGTH = 200;

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            for (String value : p.getValue()) {
                Optional<String> problem = PlainTextValidator.problem(value, MAX_LENGTH, false);
                if (problem.isPresent()) {
                    throw new InvalidParameterException(p.getKey(), PlainTextValidator.CONTROL.equals(problem.get())
                            ? "api.param.control" : "api.param.tooLong", p.getKey(), MAX_LENGTH);
                }
            }
        }
    }
}
