package org.caseloop.platform.audit;

import java.util.List;

/**
 * A page of audit records, newest first. Paging is by key ({@code nextBefore}), not by offset, so the
 * hundredth page of millions of records costs the same as the first.
 */
public record AuditPage(List<AuditEntryView> items, Long nextBefore) {
}
