package org.caseloop.platform.audit;

import java.time.Instant;

/**
 * Criteria for browsing the audit trail; null fields do not filter, and a blank text is null. {@code to} is
 * exclusive.
 */
public record AuditFilter(Instant from, Instant to, String actor, String objectType, String objectId, String action,
                          AuditOutcome outcome) {

    public AuditFilter {
        actor = text(actor);
        objectType = text(objectType);
        objectId = text(objectId);
        action = text(action);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
