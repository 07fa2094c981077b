package org.caseloop.platform.web.api;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.Problem;
import org.caseloop.platform.web.UnprocessableException;

import java.util.Collection;
import java.util.List;

/** Bean Validation failures: 422 with every violation as "field: message". */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    Messages messages;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<String> violations = describe(e.getConstraintViolations());
        if (violations.isEmpty()) {
            // The runtime's way of reporting that a validator itself failed: a defect, not the caller's input.
            return UnexpectedExceptionMapper.internalError(e);
        }
        return Problem.response(UnprocessableMapper.problem(new UnprocessableException(
                messages.text(MalformedBodyMapper.BUNDLE, "api.error.validation", violations.size()), violations)));
    }

    /**
     * 422 naming every violation, also inside an answer that covers many submissions.
     *
     * @param subject what breaks the rules: "request", or "case" for one submission of many
     */
    public static Problem problem(String subject, List<String> violations) {
        return UnprocessableMapper.problem(new UnprocessableException("The " + subject + " breaks "
                + violations.size() + " validation rule(s)", violations));
    }

    /** Each violation as "field: message", e.g. "suspects[0].name: …", in a stable order. */
    public static List<String> describe(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> field(v.getPropertyPath()) + ": " + v.getMessage()).sorted().toList();
    }

    /**
     * The path within the request body: without the method and parameter that mean nothing to a caller, and with
     * the index of a list element ("chargeCodes[0]", not "&lt;list element&gt;").
     */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
