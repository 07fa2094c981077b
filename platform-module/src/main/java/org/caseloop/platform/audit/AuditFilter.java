package org.caseloop.platform.audit;

import java.time.Instant;

/** Criteria for browsing the audit trail; null fields do not filter. {@code to} is exclusive. */
public record AuditFilter(Instant from, Instant to, String actor, String objectType, String objectId, String action,
                          AuditOutcome outcome) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
