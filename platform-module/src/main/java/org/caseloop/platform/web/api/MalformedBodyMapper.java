package org.caseloop.platform.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.Problem;

import java.util.List;

/** A body that does not fit its type: 400 naming the place in the body, in the caller's language. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<MalformedBodyException> {

    static final String BUNDLE = "org.caseloop.platform.i18n.messages";

    @Inject
    Messages messages;

    @Override
    public Response toResponse(MalformedBodyException e) {
        String reason = messages.text(BUNDLE, e.code(), e.args());
        String violation = e.path().isEmpty() ? reason : e.path() + ": " + reason;
        return Problem.response(Response.Status.BAD_REQUEST.getStatusCode(),
                Response.Status.BAD_REQUEST.getReasonPhrase(),
                messages.text(BUNDLE, "api.body.unreadable", violation), List.of(violation));
    }
}
