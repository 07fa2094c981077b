package org.caseloop.platform.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.Problem;

/** The runtime could not read the request body (how RESTEasy reports unreadable JSON): 400. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Inject
    Messages messages;

    @Override
    public Response toResponse(ProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST, JsonbExceptionMapper.unreadable(messages, e));
    }
}
