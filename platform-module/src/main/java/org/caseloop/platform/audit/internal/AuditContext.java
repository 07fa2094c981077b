package org.caseloop.platform.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.caseloop.platform.web.RequestOrigin;

import java.security.Principal;

/** Who is acting and from where, for records whose actor is implicit. */
@ApplicationScoped
class AuditContext {

    static final String SYSTEM = "system";

    @Inject
    SecurityContext securityContext;

    @Inject
    RequestOrigin requestOrigin;

    String actor() {
        try {
            Principal principal = securityContext.getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException notInARequest) {
            return SYSTEM;
        }
    }

    String sourceIp() {
        try {
            return requestOrigin.ip();
        } catch (ContextNotActiveException notInARequest) {
            return null;
        }
    }
}
