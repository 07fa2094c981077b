package org.caseloop.cases.deadline;

import java.time.LocalDate;

/**
 * An administrator changed the working-day calendar of {@code year}: deadlines between {@code firstDay} and
 * {@code lastDay} may now fall differently, and those left provisional for want of {@code year} can be made final.
 * Fired inside the editing transaction, so that an observer may record follow-up work atomically with the edit.
 */
public record WorkingCalendarChanged(int year, LocalDate firstDay, LocalDate lastDay, String changedBy) {

    /**
     * The longest run of consecutive non-working days a notice makes (the Spring Festival: up to 9 days) plus
     * margin: making day {@code d} a working day can only bring forward deadlines that were moved past it, which
     * lie at most this many days after it.
     */
    static final int LONGEST_SHIFT_DAYS = 14;

    /** One day changed: the deadlines on that day and those that were shifted over it. */
    static WorkingCalendarChanged day(LocalDate date, String by) {
        return new WorkingCalendarChanged(date.getYear(), date, date.plusDays(LONGEST_SHIFT_DAYS), by);
    }

    /** A whole year entered or replaced: every deadline in it and those shifted over its end. */
    static WorkingCalendarChanged wholeYear(int year, String by) {
        return new WorkingCalendarChanged(year, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31).plusDays(LONGEST_SHIFT_DAYS), by);
    }
}
