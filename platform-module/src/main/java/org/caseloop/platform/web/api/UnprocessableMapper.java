package org.caseloop.platform.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.web.Problem;
import org.caseloop.platform.web.UnprocessableException;

@Provider
public class UnprocessableMapper implements ExceptionMapper<UnprocessableException> {

    @Override
    public Response toResponse(UnprocessableException e) {
        return Problem.response(problem(e));
    }

    /** The problem a broken rule answers, also inside an answer that covers many submissions. */
    public static Problem problem(UnprocessableException e) {
        return Problem.of(422, "Unprocessable Content", e.getMessage(), e.violations());
    }
}
