package org.caseloop.platform.web.api;

import jakarta.inject.Inject;
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

    @Inject
    DenialAudit denialAudit;

    @Override
    public Response toResponse(AccessDeniedException e) {
        audit.record(new AuditEvent(null, null, e.objectType(), e.objectId(), "ACCESS_DENIED", AuditOutcome.DENIED,
                Map.of()));
        denialAudit.markAudited();
        return Problem.response(Response.Status.FORBIDDEN, e.getMessage());
    }
}
