package org.caseloop.cases.dashboard;

import java.time.Instant;

/**
 * The figures at the top of the home page, within the user's scope.
 *
 * @param countedAt when they were counted: a procuratorate's or a city's figures may be reused for a few seconds
 */
public record DashboardCounts(long inProgress, long dueThisWeek, long overdue, long highRisk, Instant countedAt) {
}
