package org.caseloop.cases.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.Set;

/**
 * When administrators are warned that a year's holiday schedule is missing (legal-rules §1): the current year at any
 * time, the next year from 1 October (the State Council usually publishes in November, and cases received in December
 * have deadlines in January).
 */
public final class CalendarYearWarning {

    /** The first day of the year from which the next year's schedule is asked for. */
    static final Month NEXT_YEAR_FROM = Month.OCTOBER;

    private CalendarYearWarning() {
    }

    /** The year to warn about, if any. */
    public static Optional<Integer> missingYear(LocalDate today, Set<Integer> enteredYears) {
        int year = today.getYear();
        if (!enteredYears.contains(year)) {
            return Optional.of(year);
        }
        boolean askForNext = !today.isBefore(LocalDate.of(year, NEXT_YEAR_FROM, 1));
        return askForNext && !enteredYears.contains(year + 1) ? Optional.of(year + 1) : Optional.empty();
    }
}
