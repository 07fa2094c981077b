package org.caseloop.cases.deadline;

import java.time.LocalDateTime;
import java.util.List;

/** A year of the working-day calendar with every day its notice names, in date order. */
public record CalendarYearDetail(int year, String source, LocalDateTime updatedAt, String updatedBy,
                                 List<CalendarDayView> days) {
}
