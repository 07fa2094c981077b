package org.caseloop.cases.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting rules of legal-rules §1, on the calendar exactly as the migration ships it. */
class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator(ShippedCalendar.calendar());

    @ParameterizedTest(name = "received {0}, {1}, in custody {2} -> {3}")
    @CsvSource({
            "2025-04-01, P7D, true,  2025-04-08",   // start day not counted
            "2025-09-04, P1M, false, 2025-10-09",   // Oct 4 is inside the Oct 1-8 holiday
            "2025-09-04, P1M, true,  2025-10-04",   // custody: no extension for holidays
            "2025-02-28, P1M, false, 2025-03-31",   // started on the last day of the month
            "2025-01-31, P1M, true,  2025-02-28"})  // next month has no 31st
    void legalRulesWorkedExamples(LocalDate received, String period, boolean inCustody, LocalDate expected) {
        assertEquals(expected, compute(received, period, inCustody).deadline());
    }

    @Test
    void sevenDayPeriodStartingOnTheFirstEndsOnTheEighth() {
        assertEquals(LocalDate.parse("2025-04-08"), compute("2025-04-01", "P7D", false).nominalEnd());
    }

    @Test
    void monthPeriodEndsOnTheSameDayOfTheNextMonth() {
        Deadline deadline = compute("2025-03-10", "P1M", false);
        assertEquals(LocalDate.parse("2025-04-10"), deadline.deadline());
        assertFalse(deadline.shifted());
    }

    @Test
    void monthPeriodIntoAShorterMonthEndsOnItsLastDay() {
        assertEquals(LocalDate.parse("2025-02-28"), compute("2025-01-31", "P1M", true).nominalEnd());
        assertEquals(LocalDate.parse("2025-02-28"), compute("2025-01-30", "P1M", false).deadline());
    }

    @Test
    void monthPeriodIntoFebruaryOfALeapYearEndsOnThe29th() {
        assertEquals(LocalDate.parse("2024-02-29"), compute("2024-01-31", "P1M", false).deadline());
    }

    @Test
    void monthPeriodStartingOnLastDayEndsOnLastDayOfNextMonth() {
        assertEquals(LocalDate.parse("2025-03-31"), compute("2025-02-28", "P1M", true).nominalEnd());
        assertEquals(LocalDate.parse("2024-03-31"), compute("2024-02-29", "P1M", true).nominalEnd());
        assertEquals(LocalDate.parse("2025-05-31"), compute("2025-04-30", "P1M", true).nominalEnd());
    }

    @Test
    void monthPeriodStartingOnLastDayEndingInADragonBoatHolidayMovesOutsideCustody() {
        // 31 May 2025 (Saturday) to 2 June are the Dragon Boat days off.
        Deadline deadline = compute("2025-04-30", "P1M", false);
        assertEquals(LocalDate.parse("2025-05-31"), deadline.nominalEnd());
        assertEquals(LocalDate.parse("2025-06-03"), deadline.deadline());
    }

    @Test
    void severalMonthsFromLastDayOfMonthEndOnLastDayOfTargetMonth() {
        // 28 February 2026 is a Saturday but a make-up working day.
        Deadline deadline = compute("2025-08-31", "P6M", false);
        assertEquals(LocalDate.parse("2026-02-28"), deadline.deadline());
        assertFalse(deadline.shifted());
    }

    @Test
    void endOnAnOrdinaryWeekendMovesToMondayOutsideCustody() {
        Deadline deadline = compute("2025-03-01", "P7D", false);
        assertEquals(LocalDate.parse("2025-03-08"), deadline.nominalEnd());
        assertEquals(LocalDate.parse("2025-03-10"), deadline.deadline());
        assertTrue(deadline.shifted());
    }

    @Test
    void endOnAHolidayStaysInCustody() {
        Deadline deadline = compute("2026-09-25", "P10D", true);
        assertEquals(LocalDate.parse("2026-10-05"), deadline.deadline());
        assertFalse(deadline.shifted());
    }

    @Test
    void endOnAWeekdayHolidayMovesPastTheWholeHolidayOutsideCustody() {
        // Monday 5 October 2026 is inside the National Day holiday of 1 to 7 October.
        Deadline deadline = compute("2026-09-25", "P10D", false);
        assertEquals(LocalDate.parse("2026-10-05"), deadline.nominalEnd());
        assertEquals(LocalDate.parse("2026-10-08"), deadline.deadline());
    }

    @Test
    void endOnAMakeUpWorkingSundayIsNotShifted() {
        Deadline deadline = compute("2025-12-28", "P7D", false);
        assertEquals(LocalDate.parse("2026-01-04"), deadline.deadline());
        assertFalse(deadline.shifted());
    }

    @Test
    void endOnAMakeUpWorkingSaturdayIsNotShifted() {
        Deadline deadline = compute("2026-01-14", "P1M", false);
        assertEquals(LocalDate.parse("2026-02-14"), deadline.deadline());
        assertFalse(deadline.shifted());
    }

    @Test
    void endInAYearWithoutCalendarIsReportedOutsideCustody() {
        CalendarYearMissingException missing = assertThrows(CalendarYearMissingException.class,
                () -> compute("2026-12-15", "P1M", false));
        assertEquals(2027, missing.year());
    }

    @Test
    void provisionalDeadlineInAMissingYearCountsWeekendsOnlyAndNamesTheYear() {
        // 2027-01-16 is a Saturday: with weekends only the deadline moves to Monday 2027-01-18.
        Deadline deadline = calculator.computeProvisionally(LocalDate.parse("2026-12-16"), LegalPeriod.parse("P1M"), false);
        assertEquals(LocalDate.parse("2027-01-18"), deadline.deadline());
        assertTrue(deadline.provisional());
        assertEquals(2027, deadline.provisionalYear());
        assertTrue(deadline.explanation(java.util.Locale.CHINESE).contains("暂定期限：2027年"));
        assertTrue(deadline.explanation(java.util.Locale.ENGLISH).contains("PROVISIONAL"));
    }

    @Test
    void provisionalCountingOfAnEnteredYearIsFinal() {
        Deadline deadline = calculator.computeProvisionally(LocalDate.parse("2025-09-04"), LegalPeriod.parse("P1M"), false);
        assertEquals(LocalDate.parse("2025-10-09"), deadline.deadline());
        assertFalse(deadline.provisional());
        assertEquals(null, deadline.provisionalReason(java.util.Locale.ENGLISH));
    }

    @Test
    void provisionalCountingInCustodyIsNeverProvisional() {
        Deadline deadline = calculator.computeProvisionally(LocalDate.parse("2026-12-15"), LegalPeriod.parse("P1M"), true);
        assertEquals(LocalDate.parse("2027-01-15"), deadline.deadline());
        assertFalse(deadline.provisional());
    }

    @Test
    void provisionalExtensionStaysProvisionalWhenTheOriginalWas() {
        Deadline original = calculator.computeProvisionally(LocalDate.parse("2026-12-16"), LegalPeriod.parse("P1M"), false);
        Deadline extended = calculator.extendProvisionally(original, LegalPeriod.ofDays(15));
        assertEquals(LocalDate.parse("2027-02-02"), extended.deadline());
        assertEquals(2027, extended.provisionalYear());
    }

    @Test
    void custodyDeadlineNeedsNoCalendarBecauseItIsNeverMoved() {
        assertEquals(LocalDate.parse("2027-01-15"), compute("2026-12-15", "P1M", true).deadline());
    }

    @Test
    void shiftOverNewYearCrossesIntoTheNextYearWhenItIsEntered() {
        CalendarYear year2026 = new CalendarYear(2026, Set.of(LocalDate.parse("2026-12-31")), Set.of());
        CalendarYear year2027 = new CalendarYear(2027, Set.of(LocalDate.parse("2027-01-01")), Set.of());
        LegalPeriod week = LegalPeriod.parse("P7D");
        LocalDate start = LocalDate.parse("2026-12-24");

        Deadline deadline = new DeadlineCalculator(WorkingCalendar.of(year2026, year2027)).compute(start, week, false);
        assertEquals(LocalDate.parse("2027-01-04"), deadline.deadline());

        DeadlineCalculator without2027 = new DeadlineCalculator(WorkingCalendar.of(year2026));
        assertEquals(2027, assertThrows(CalendarYearMissingException.class,
                () -> without2027.compute(start, week, false)).year());
    }

    @Test
    void extensionRunsOnFromTheDayTheOriginalPeriodExpired() {
        Deadline original = compute("2025-09-04", "P1M", false);
        Deadline extended = calculator.extend(original, LegalPeriod.ofDays(15));
        assertEquals(LocalDate.parse("2025-10-09"), extended.start());
        assertEquals(LocalDate.parse("2025-10-24"), extended.deadline());
    }

    @Test
    void explainsAShiftInChineseAndEnglish() {
        Deadline deadline = compute("2025-09-04", "P1M", false);
        assertEquals("起算日不计入；届满日2025-10-04为节假日，顺延至其后第一个工作日2025-10-09",
                deadline.explanation(Locale.CHINESE));
        assertEquals("Start day not counted; nominal end 2025-10-04 is a non-working day, moved to the next "
                + "working day 2025-10-09", deadline.explanation(Locale.ENGLISH));
    }

    @Test
    void explainsThatCustodyDeadlinesAreNotMoved() {
        Deadline deadline = compute("2025-09-04", "P1M", true);
        assertEquals("起算日不计入；在押期间届满日遇节假日不顺延，届满日为2025-10-04",
                deadline.explanation(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Start day not counted; in custody the end is not moved for non-working days: the period "
                + "ends on 2025-10-04", deadline.explanation(Locale.ENGLISH));
    }

    @Test
    void explainsTheLastDayOfMonthRule() {
        assertEquals("起算日不计入；起算日为当月最后一日，期间至到期月的最后一日届满；届满日2025-03-31为工作日",
                compute("2025-02-28", "P1M", false).explanation(Locale.CHINESE));
        assertEquals("Start day not counted; the target month has no such day, so the period ends on its last day; "
                + "nominal end 2025-02-28 is a working day", compute("2025-01-30", "P1M", false).explanation(Locale.ENGLISH));
    }

    @Test
    void explainsInEnglishForLanguagesWithoutTexts() {
        assertTrue(compute("2025-04-01", "P7D", false).explanation(Locale.FRENCH).startsWith("Start day not counted"));
    }

    private Deadline compute(LocalDate start, String period, boolean inCustody) {
        return calculator.compute(start, LegalPeriod.parse(period), inCustody);
    }

    private Deadline compute(String start, String period, boolean inCustody) {
        return compute(LocalDate.parse(start), period, inCustody);
    }
}
