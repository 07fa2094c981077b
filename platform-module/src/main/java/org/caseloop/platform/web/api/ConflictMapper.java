package org.caseloop.platform.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.web.ConflictException;
import org.caseloop.platform.web.Problem;

import java.util.List;

@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException e) {
        return Problem.response(problem(e));
    }

    /** The problem a conflict answers, also inside an answer that covers many submissions. */
    public static Problem problem(ConflictException e) {
        return Problem.of(Response.Status.CONFLICT.getStatusCode(), Response.Status.CONFLICT.getReasonPhrase(),
                e.getMessage(), List.of());
    }
}
