/**
 * The append-only, tamper-evident audit trail. Modules call {@link org.caseloop.platform.audit.AuditTrail}
 * in the transaction of each change; administrators read it through {@link org.caseloop.platform.audit.AuditLog}.
 * The hash chain rule is {@link org.caseloop.platform.audit.AuditChain}.
 */
package org.caseloop.platform.audit;
