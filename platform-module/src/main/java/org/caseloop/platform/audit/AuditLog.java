package org.caseloop.platform.audit;

/** Reading and verifying the audit trail (administrators only). */
public interface AuditLog {

    /** Newest first; {@code before} is the id to continue after, null for the first page. */
    AuditPage search(AuditFilter filter, Long before, int limit);

    /** Seals what is pending, then walks the whole chain and names the first broken record. */
    VerificationResult verify();
}
