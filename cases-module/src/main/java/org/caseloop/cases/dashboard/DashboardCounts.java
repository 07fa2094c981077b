package org.caseloop.cases.dashboard;

/** The figures at the top of the home page, within the user's scope. */
public record DashboardCounts(long inProgress, long dueThisWeek, long overdue, long highRisk) {
}
