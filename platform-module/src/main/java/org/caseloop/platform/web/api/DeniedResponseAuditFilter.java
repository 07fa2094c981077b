package org.caseloop.platform.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.caseloop.platform.audit.AuditEvent;
import org.caseloop.platform.audit.AuditOutcome;
import org.caseloop.platform.audit.AuditTrail;

import java.util.Map;

/** Every 403 of the API is audited, whoever refused it (a role check of the runtime or a data-scope check). */
@Provider
public class DeniedResponseAuditFilter implements ContainerResponseFilter {

    @Inject
    AuditTrail audit;

    @Inject
    DenialAudit denialAudit;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 403 && !denialAudit.isAudited()) {
            audit.record(new AuditEvent(null, null, "Endpoint",
                    request.getMethod() + " " + request.getUriInfo().getRequestUri().getPath(), "ACCESS_DENIED",
                    AuditOutcome.DENIED, Map.of()));
        }
    }
}
