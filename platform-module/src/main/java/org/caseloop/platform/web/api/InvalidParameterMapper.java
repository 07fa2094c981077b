package org.caseloop.platform.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.Problem;

import java.util.List;

/** A parameter the operation cannot take: 400 naming it, in the caller's language. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Inject
    Messages messages;

    @Override
    public Response toResponse(InvalidParameterException e) {
        return response(messages, e);
    }

    static Response response(Messages messages, InvalidParameterException e) {
        String reason = messages.text(MalformedBodyMapper.BUNDLE, e.code(), e.args());
        return Problem.response(Response.Status.BAD_REQUEST.getStatusCode(),
                Response.Status.BAD_REQUEST.getReasonPhrase(),
                messages.text(MalformedBodyMapper.BUNDLE, "api.param.invalid", reason), List.of(reason));
    }
}
