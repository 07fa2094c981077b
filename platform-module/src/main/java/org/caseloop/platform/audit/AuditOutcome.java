package org.caseloop.platform.audit;

/** How the audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
