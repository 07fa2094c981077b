package org.caseloop.cases.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Working days as the State Council's yearly notices define them, for the years that have been entered. */
public final class WorkingCalendar {

    private final Map<Integer, CalendarYear> years;

    public WorkingCalendar(Collection<CalendarYear> years) {
        this.years = years.stream().collect(Collectors.toUnmodifiableMap(CalendarYear::year, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("Calendar year " + a.year() + " given twice");
                }));
    }

    public static WorkingCalendar of(CalendarYear... years) {
        return new WorkingCalendar(List.of(years));
    }

    public SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    public boolean hasYear(int year) {
        return years.containsKey(year);
    }

    /** @throws CalendarYearMissingException if the date's year has not been entered */
    public boolean isWorkingDay(LocalDate date) {
        CalendarYear year = years.get(date.getYear());
        if (year == null) {
            throw new CalendarYearMissingException(date.getYear());
        }
        if (year.makeUpWorkdays().contains(date)) {
            return true;
        }
        return !CalendarEdits.isWeekend(date) && !year.holidays().contains(date);
    }

    /**
     * The date itself if it is a working day, else the first working day after it, which may lie in
     * the next year (a holiday on 31 December): that year must then be entered too.
     *
     * @throws CalendarYearMissingException if a year the search reaches has not been entered
     */
    public LocalDate firstWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Like {@link #firstWorkingDayOnOrAfter}, but a year not entered yet is counted with weekends only instead of
     * stopping the search (legal-rules §1: a missing year never stops the work); the answer names that year.
     */
    public WorkingDay firstWorkingDayOnOrAfterProvisionally(LocalDate date) {
        LocalDate day = date;
        Integer missingYear = null;
        while (true) {
            boolean working;
            if (years.containsKey(day.getYear())) {
                working = isWorkingDay(day);
            } else {
                missingYear = missingYear == null ? day.getYear() : missingYear;
                working = !CalendarEdits.isWeekend(day);
            }
            if (working) {
                return new WorkingDay(day, missingYear);
            }
            day = day.plusDays(1);
        }
    }

    /**
     * A working day found by the search; {@code provisionalYear} is the first year it crossed without a calendar,
     * or null when every day it looked at was in an entered year.
     */
    public record WorkingDay(LocalDate date, Integer provisionalYear) {
    }
}
