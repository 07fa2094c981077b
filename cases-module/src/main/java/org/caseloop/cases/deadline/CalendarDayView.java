package org.caseloop.cases.deadline;

import java.time.LocalDate;

/** One day named by a year's holiday notice. */
public record CalendarDayView(LocalDate date, CalendarDayType type, String name) {

    static CalendarDayView of(CalendarDay day) {
        return new CalendarDayView(day.getCalendarDate(), day.getDayType(), day.getName());
    }
}
