package org.caseloop.platform.web.api;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.Problem;

/** Malformed JSON, a wrong type or an unknown field: 400. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Inject
    Messages messages;

    @Override
    public Response toResponse(JsonbException e) {
        return Problem.response(Response.Status.BAD_REQUEST, unreadable(messages, e));
    }

    /** In the caller's language, with JSON-B's own (English) reason, which names the field. */
    static String unreadable(Messages messages, Throwable e) {
        return messages.text(MalformedBodyMapper.BUNDLE, "api.body.unreadable",
                messages.text(MalformedBodyMapper.BUNDLE, "api.body.binding") + " (" + rootMessage(e) + ")");
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
