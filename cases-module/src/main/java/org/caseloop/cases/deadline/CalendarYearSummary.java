package org.caseloop.cases.deadline;

import java.time.LocalDateTime;

/** A year of the working-day calendar as the administrator's list shows it. */
public record CalendarYearSummary(int year, String source, long holidays, long makeUpWorkdays,
                                  LocalDateTime updatedAt, String updatedBy) {
}
