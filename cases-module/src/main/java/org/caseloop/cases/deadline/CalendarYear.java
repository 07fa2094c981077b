package org.caseloop.cases.deadline;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the State Council's holiday schedule: the days off it names (weekends included when
 * the notice names them) and the make-up working days (调休上班).
 */
public record CalendarYear(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {

    public CalendarYear {
        holidays = Set.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        requireAllInYear(year, holidays);
        requireAllInYear(year, makeUpWorkdays);
        for (LocalDate day : holidays) {
            if (makeUpWorkdays.contains(day)) {
                throw new IllegalArgumentException(day + " cannot be both a holiday and a make-up working day");
            }
        }
    }

    private static void requireAllInYear(int year, Set<LocalDate> days) {
        for (LocalDate day : days) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException(day + " does not belong to the calendar of " + year);
            }
        }
    }
}
