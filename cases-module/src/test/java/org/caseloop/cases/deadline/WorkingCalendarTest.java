package org.caseloop.cases.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final LocalDate NEW_YEARS_EVE_2026 = LocalDate.parse("2026-12-31");

    // 2026 with a hypothetical extra day off on 31 December, so that a shift must cross into 2027.
    private static final CalendarYear YEAR_2026 = new CalendarYear(2026,
            Set.of(LocalDate.parse("2026-10-05"), NEW_YEARS_EVE_2026), Set.of(LocalDate.parse("2026-10-10")));
    private static final CalendarYear YEAR_2027 = new CalendarYear(2027, Set.of(LocalDate.parse("2027-01-01")), Set.of());

    private final WorkingCalendar calendar = WorkingCalendar.of(YEAR_2026, YEAR_2027);

    @Test
    void ordinaryWeekdayIsAWorkingDay() {
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-10-09")));
    }

    @Test
    void ordinaryWeekendIsNotAWorkingDay() {
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-10-17")));
    }

    @Test
    void publicHolidayOnAWeekdayIsNotAWorkingDay() {
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2026-10-05")));
    }

    @Test
    void makeUpWorkingDayOnASaturdayIsAWorkingDay() {
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2026-10-10")));
    }

    @Test
    void workingDayIsItsOwnFirstWorkingDay() {
        assertEquals(LocalDate.parse("2026-10-09"), calendar.firstWorkingDayOnOrAfter(LocalDate.parse("2026-10-09")));
    }

    @Test
    void holidayMovesToTheNextWorkingDay() {
        assertEquals(LocalDate.parse("2026-10-06"), calendar.firstWorkingDayOnOrAfter(LocalDate.parse("2026-10-05")));
    }

    @Test
    void shiftFromNewYearsEveCrossesIntoTheNextYear() {
        // 31 Dec and 1 Jan off, 2 and 3 Jan 2027 a weekend.
        assertEquals(LocalDate.parse("2027-01-04"), calendar.firstWorkingDayOnOrAfter(NEW_YEARS_EVE_2026));
    }

    @Test
    void shiftIntoAYearNotEnteredIsReportedNotGuessed() {
        WorkingCalendar only2026 = WorkingCalendar.of(YEAR_2026);
        CalendarYearMissingException missing = assertThrows(CalendarYearMissingException.class,
                () -> only2026.firstWorkingDayOnOrAfter(NEW_YEARS_EVE_2026));
        assertEquals(2027, missing.year());
    }

    @Test
    void yearNotEnteredIsReportedEvenOnAnOrdinaryWeekday() {
        CalendarYearMissingException missing = assertThrows(CalendarYearMissingException.class,
                () -> WorkingCalendar.of(YEAR_2026).isWorkingDay(LocalDate.parse("2027-03-03")));
        assertEquals(2027, missing.year());
        assertEquals("No working-day calendar for 2027: an administrator must enter the State Council holiday "
                + "schedule first", missing.getMessage());
    }

    @Test
    void knowsWhichYearsItHas() {
        assertEquals(Set.of(2026, 2027), calendar.years());
    }

    @Test
    void sameYearTwiceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(List.of(YEAR_2026, YEAR_2026)));
    }

    @Test
    void calendarYearHoldsOnlyItsOwnDates() {
        assertThrows(IllegalArgumentException.class,
                () -> new CalendarYear(2026, Set.of(LocalDate.parse("2027-01-01")), Set.of()));
    }

    @Test
    void dayCannotBeBothHolidayAndMakeUpWorkingDay() {
        LocalDate day = LocalDate.parse("2026-02-14");
        assertThrows(IllegalArgumentException.class, () -> new CalendarYear(2026, Set.of(day), Set.of(day)));
    }
}
