package org.caseloop.platform.audit;

import java.util.Map;

/**
 * An audit event whose actor or outcome is given explicitly (login attempts, denied access).
 *
 * @param actor    user name of whoever acted; {@code null} for the system itself
 * @param sourceIp where the request came from; {@code null} when not from a request
 */
public record AuditEvent(String actor, String sourceIp, String objectType, String objectId, String action,
                         AuditOutcome outcome, Map<String, FieldChange> changes) {

    public AuditEvent {
        changes = changes == null ? Map.of() : changes;
    }
}
