package org.caseloop.cases.deadline;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.caseloop.platform.web.UnprocessableException;

/** Computes statutory deadlines against the administrators' working-day calendar. Other code calls this. */
@ApplicationScoped
public class DeadlineService {

    @Inject
    private WorkingCalendarService calendars;

    /**
     * @throws UnprocessableException if the computation reaches a year whose calendar has not been entered
     */
    public Deadline compute(LocalDate start, LegalPeriod period, boolean inCustody) {
        try {
            return calculator().compute(start, period, inCustody);
        } catch (CalendarYearMissingException e) {
            throw missingYear(e);
        }
    }

    /**
     * Counts an extension from the day the original period expired.
     *
     * @throws UnprocessableException if the computation reaches a year whose calendar has not been entered
     */
    public Deadline extend(Deadline original, LegalPeriod extension) {
        try {
            return calculator().extend(original, extension);
        } catch (CalendarYearMissingException e) {
            throw missingYear(e);
        }
    }

    private DeadlineCalculator calculator() {
        return new DeadlineCalculator(calendars.calendar());
    }

    private static UnprocessableException missingYear(CalendarYearMissingException e) {
        return new CalendarYearNotEnteredException(e);
    }
}
