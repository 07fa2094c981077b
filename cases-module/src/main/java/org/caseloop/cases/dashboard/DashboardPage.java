package org.caseloop.cases.dashboard;

import java.util.List;

/** The answer of {@code GET /cases/api/dashboard}: the counts, one page of cases and the total that match. */
public record DashboardPage(DashboardCounts counts, List<DashboardItem> items, int offset, int limit, long total) {
}
