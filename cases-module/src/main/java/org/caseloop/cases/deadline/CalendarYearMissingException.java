package org.caseloop.cases.deadline;

/**
 * A date falls in a year whose holiday schedule has not been entered. Deadlines are legal facts, so
 * the computation stops rather than guess from weekends alone.
 */
public class CalendarYearMissingException extends RuntimeException {

    private final int year;

    public CalendarYearMissingException(int year) {
        super("No working-day calendar for " + year
                + ": an administrator must enter the State Council holiday schedule first");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
