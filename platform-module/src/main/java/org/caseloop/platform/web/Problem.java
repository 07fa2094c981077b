package org.caseloop.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error answer of the REST API.
 *
 * @param violations the individual rule or field violations, empty when there is one message only
 */
public record Problem(String type, String title, int status, String detail, List<String> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    public static Response response(int status, String title, String detail, List<String> violations) {
        return response(of(status, title, detail, violations));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MediaType.valueOf(MEDIA_TYPE)).entity(problem).build();
    }

    public static Problem of(int status, String title, String detail, List<String> violations) {
        return new Problem("about:blank", title, status, detail, violations);
    }
}
