package org.caseloop.cases.deadline;

import java.util.List;

import org.caseloop.platform.web.UnprocessableException;

/**
 * What {@link DeadlineService} throws when a computation reaches a year with no working-day calendar:
 * HTTP 422 like any refused request, with the year at hand for pages that explain it in their language.
 */
public class CalendarYearNotEnteredException extends UnprocessableException {

    private final int year;

    CalendarYearNotEnteredException(CalendarYearMissingException cause, String message) {
        super(message, List.of("calendar year " + cause.year() + ": not entered"));
        this.year = cause.year();
    }

    public int year() {
        return year;
    }
}
