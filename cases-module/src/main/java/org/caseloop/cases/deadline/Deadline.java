package org.caseloop.cases.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of counting a legal period, with the facts needed to explain it to a prosecutor.
 *
 * @param nominalEnd the last day of the period by the calendar alone
 * @param deadline   the day the period actually expires: the nominal end, or the first working day
 *                   after it when the nominal end is a non-working day and the suspect is not in custody
 * @param provisionalYear null for a final deadline; else the year whose holiday schedule was not entered when it
 *                        was counted (with weekends only), so it is provisional and recomputed once that year is
 */
public record Deadline(LocalDate start, LegalPeriod period, boolean inCustody, LocalDate nominalEnd,
                       LocalDate deadline, Integer provisionalYear) {

    public Deadline {
        if (deadline.isBefore(nominalEnd) || inCustody && !deadline.equals(nominalEnd)) {
            throw new IllegalArgumentException("Deadline " + deadline + " is inconsistent with nominal end "
                    + nominalEnd + (inCustody ? " in custody" : ""));
        }
        if (inCustody && provisionalYear != null) {
            throw new IllegalArgumentException("A deadline in custody never depends on the holiday calendar");
        }
    }

    /** Whether the deadline was counted across a year not entered yet, and may move once it is. */
    public boolean provisional() {
        return provisionalYear != null;
    }

    /** This deadline, marked as resting on a count that crossed {@code year} without its calendar. */
    Deadline provisionalBecauseOf(Integer year) {
        return new Deadline(start, period, inCustody, nominalEnd, deadline, year);
    }

    /** Whether the deadline was moved past a non-working day. */
    public boolean shifted() {
        return !deadline.equals(nominalEnd);
    }

    /** Why the deadline is provisional, in the reader's language; null for a final one. */
    public String provisionalReason(Locale locale) {
        return provisional() ? provisionalReason(locale, provisionalYear) : null;
    }

    /** Why a deadline counted across {@code year} without its calendar is provisional. */
    public static String provisionalReason(Locale locale, int year) {
        return LocalizedText.format(locale, "explanation.provisional", String.valueOf(year));
    }

    /** Plain words saying how the deadline was reached, in Chinese for zh and English otherwise. */
    public String explanation(Locale locale) {
        List<String> clauses = new ArrayList<>();
        clauses.add(LocalizedText.format(locale, "explanation.startNotCounted"));
        if (period.unit() == LegalPeriod.Unit.MONTHS) {
            if (start.getDayOfMonth() == start.lengthOfMonth()) {
                clauses.add(LocalizedText.format(locale, "explanation.startOnLastDayOfMonth"));
            } else if (nominalEnd.getDayOfMonth() != start.getDayOfMonth()) {
                clauses.add(LocalizedText.format(locale, "explanation.targetMonthLacksDay"));
            }
        }
        if (inCustody) {
            clauses.add(LocalizedText.format(locale, "explanation.inCustody", nominalEnd.toString()));
        } else if (shifted()) {
            clauses.add(LocalizedText.format(locale, "explanation.shifted", nominalEnd.toString(),
                    deadline.toString()));
        } else {
            clauses.add(LocalizedText.format(locale, "explanation.workingDay", nominalEnd.toString()));
        }
        if (provisional()) {
            clauses.add(provisionalReason(locale));
        }
        return String.join(LocalizedText.format(locale, "explanation.separator"), clauses);
    }
}
