package org.caseloop.platform.web.api;

import jakarta.enterprise.context.RequestScoped;

/** Whether this request's refusal is already audited (with its object), so that it is not audited twice. */
@RequestScoped
public class DenialAudit {

    private boolean audited;

    public boolean isAudited() {
        return audited;
    }

    public void markAudited() {
        audited = true;
    }
}
