package org.caseloop.platform.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.audit.AuditEvent;
import org.caseloop.platform.audit.AuditOutcome;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.web.AccessDeniedException;
import org.caseloop.platform.web.Problem;

import java.util.Map;

/** Data-scope denial: 403, audited with the object that was refused. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Inject
    AuditTrail audit;

    // Not ContainerRequestContext: RESTEasy has none while an exception is mapped ("Unable to find contextual data"),
    // so the marker goes on the servlet request, whose attributes are the JAX-RS request's properties.
    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(AccessDeniedException e) {
        audit.record(new AuditEvent(null, null, e.objectType(), e.objectId(), "ACCESS_DENIED", AuditOutcome.DENIED,
                Map.of()));
        request.setAttribute(DeniedResponseAuditFilter.AUDITED, Boolean.TRUE);
        return Problem.response(Response.Status.FORBIDDEN, e.getMessage());
    }
}
