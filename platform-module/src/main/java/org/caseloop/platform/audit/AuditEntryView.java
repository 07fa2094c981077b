package org.caseloop.platform.audit;

import java.time.Instant;

/** One audit record as shown to administrators and integrators. */
public record AuditEntryView(long id, Long seq, Instant occurredAt, String actor, String sourceIp, String objectType,
                             String objectId, String action, String outcome, String changes, boolean sealed) {
}
