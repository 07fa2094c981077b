package org.caseloop.cases.deadline;

import java.time.LocalDate;

/**
 * Counts legal periods as CPL art. 105 and SPC interpretation 2021 art. 202 require. This is the only
 * place in CaseLoop where a deadline is computed; pages and queries ask it rather than add days themselves.
 */
public final class DeadlineCalculator {

    private final WorkingCalendar calendar;

    public DeadlineCalculator(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Counts {@code period} from {@code start}. In custody the calendar is not consulted at all (the
     * period ends on its calendar day), so a missing year only matters when the suspect is not in custody.
     *
     * @throws CalendarYearMissingException if the shift past a non-working day needs a year not entered
     */
    public Deadline compute(LocalDate start, LegalPeriod period, boolean inCustody) {
        LocalDate nominalEnd = nominalEnd(start, period);
        LocalDate deadline = inCustody ? nominalEnd : calendar.firstWorkingDayOnOrAfter(nominalEnd);
        return new Deadline(start, period, inCustody, nominalEnd, deadline);
    }

    /**
     * Counts an extension granted on top of a period. The original period expired on its deadline
     * (after any holiday shift), so the extension runs on from that day, which is itself not counted.
     */
    public Deadline extend(Deadline original, LegalPeriod extension) {
        return compute(original.deadline(), extension, original.inCustody());
    }

    private static LocalDate nominalEnd(LocalDate start, LegalPeriod period) {
        if (period.unit() == LegalPeriod.Unit.DAYS) {
            return start.plusDays(period.amount());
        }
        // plusMonths already ends on the target month's last day when that month is too short.
        LocalDate sameDay = start.plusMonths(period.amount());
        boolean startsOnLastDayOfMonth = start.getDayOfMonth() == start.lengthOfMonth();
        return startsOnLastDayOfMonth ? sameDay.withDayOfMonth(sameDay.lengthOfMonth()) : sameDay;
    }
}
