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
        return new Deadline(start, period, inCustody, nominalEnd, deadline, null);
    }

    /**
     * Counts like {@link #compute} but never stops at a year whose holiday schedule is not entered yet: such a
     * year is counted with weekends only and the answer is {@linkplain Deadline#provisional() provisional}, naming
     * the year, so that it can be recomputed once the year is entered (legal-rules §1).
     */
    public Deadline computeProvisionally(LocalDate start, LegalPeriod period, boolean inCustody) {
        LocalDate nominalEnd = nominalEnd(start, period);
        if (inCustody) {
            return new Deadline(start, period, true, nominalEnd, nominalEnd, null);
        }
        WorkingCalendar.WorkingDay day = calendar.firstWorkingDayOnOrAfterProvisionally(nominalEnd);
        return new Deadline(start, period, false, nominalEnd, day.date(), day.provisionalYear());
    }

    /**
     * Counts an extension granted on top of a period. The original period expired on its deadline
     * (after any holiday shift), so the extension runs on from that day, which is itself not counted.
     */
    public Deadline extend(Deadline original, LegalPeriod extension) {
        return compute(original.deadline(), extension, original.inCustody());
    }

    /** {@link #extend} that counts a year not entered with weekends only; provisional if either part is. */
    public Deadline extendProvisionally(Deadline original, LegalPeriod extension) {
        Deadline extended = computeProvisionally(original.deadline(), extension, original.inCustody());
        return original.provisional() && !extended.provisional()
                ? extended.provisionalBecauseOf(original.provisionalYear()) : extended;
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
