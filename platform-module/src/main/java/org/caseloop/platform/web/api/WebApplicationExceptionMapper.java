package org.caseloop.platform.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.Problem;

import java.util.List;

/** 4xx raised by resources or by the JAX-RS runtime (unknown path, wrong method ...), as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    Messages messages;

    /** The resource's own message; the runtime's messages name internals, so they get a plain one. */
    String detail(WebApplicationException e, int status) {
        String message = e.getMessage();
        if (status == 403) {
            return "Your roles do not allow this";
        }
        if (message == null || message.startsWith("RESTEASY") || message.startsWith("HTTP ")) {
            return switch (status) {
                case 400 -> messages.text(MalformedBodyMapper.BUNDLE, "api.param.invalidAny");
                case 404 -> "No such resource";
                case 405 -> "This method is not allowed here";
                case 406 -> "This representation is not available; ask for application/json";
                case 415 -> messages.text(MalformedBodyMapper.BUNDLE, "api.error.unsupportedMediaType");
                default -> e.getResponse().getStatusInfo().getReasonPhrase();
            };
        }
        return message;
    }

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if ((e instanceof NotFoundException || e instanceof BadRequestException) && e.getCause() != null) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted; for the caller it is a bad
            // request, named in the caller's language when the converter says what is wrong.
            for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof InvalidParameterException invalid) {
                    return InvalidParameterMapper.response(messages, invalid);
                }
            }
            return Problem.response(Response.Status.BAD_REQUEST, messages.text(MalformedBodyMapper.BUNDLE,
                    "api.param.invalid", JsonbExceptionMapper.rootMessage(e)));
        }
        if (status >= 500) {
            return UnexpectedExceptionMapper.internalError(e);
        }
        Response.StatusType type = original.getStatusInfo();
        Response problem = Problem.response(status, type.getReasonPhrase(), detail(e, status), List.of());
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }
}
