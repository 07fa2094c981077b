package org.caseloop.cases.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The migration's rows against the State Council schedules transcribed in legal-rules §1. */
class ShippedCalendarTest {

    private static final List<ShippedCalendar.DayRow> DAYS = ShippedCalendar.days();
    private static final WorkingCalendar CALENDAR = ShippedCalendar.calendar();

    @Test
    void shipsTheYears2024To2026WithTheirNotices() {
        List<ShippedCalendar.YearRow> years = ShippedCalendar.years();
        assertEquals(List.of(2024, 2025, 2026), years.stream().map(ShippedCalendar.YearRow::year).toList());
        years.forEach(year -> {
            assertEquals("国务院办公厅关于" + year.year() + "年部分节假日安排的通知", year.source());
            assertEquals("system", year.updatedBy());
        });
    }

    @Test
    void daysOff2024AreExactlyThoseOfTheNotice() {
        assertEquals(dates(
                        range("2024-01-01", "2024-01-01"), range("2024-02-10", "2024-02-17"),
                        range("2024-04-04", "2024-04-06"), range("2024-05-01", "2024-05-05"),
                        range("2024-06-10", "2024-06-10"), range("2024-09-15", "2024-09-17"),
                        range("2024-10-01", "2024-10-07")),
                shipped(2024, CalendarDayType.HOLIDAY));
    }

    @Test
    void makeUpWorkingDays2024AreExactlyThoseOfTheNotice() {
        assertEquals(dates(Stream.of("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11",
                        "2024-09-14", "2024-09-29", "2024-10-12").map(LocalDate::parse)),
                shipped(2024, CalendarDayType.WORKDAY));
    }

    @Test
    void daysOff2025AreExactlyThoseOfTheNotice() {
        assertEquals(dates(
                        range("2025-01-01", "2025-01-01"), range("2025-01-28", "2025-02-04"),
                        range("2025-04-04", "2025-04-06"), range("2025-05-01", "2025-05-05"),
                        range("2025-05-31", "2025-06-02"), range("2025-10-01", "2025-10-08")),
                shipped(2025, CalendarDayType.HOLIDAY));
    }

    @Test
    void makeUpWorkingDays2025AreExactlyThoseOfTheNotice() {
        assertEquals(dates(Stream.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")
                        .map(LocalDate::parse)),
                shipped(2025, CalendarDayType.WORKDAY));
    }

    @Test
    void daysOff2026AreExactlyThoseOfTheNotice() {
        assertEquals(dates(
                        range("2026-01-01", "2026-01-03"), range("2026-02-15", "2026-02-23"),
                        range("2026-04-04", "2026-04-06"), range("2026-05-01", "2026-05-05"),
                        range("2026-06-19", "2026-06-21"), range("2026-09-25", "2026-09-27"),
                        range("2026-10-01", "2026-10-07")),
                shipped(2026, CalendarDayType.HOLIDAY));
    }

    @Test
    void makeUpWorkingDays2026AreExactlyThoseOfTheNotice() {
        assertEquals(dates(Stream.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20",
                        "2026-10-10").map(LocalDate::parse)),
                shipped(2026, CalendarDayType.WORKDAY));
    }

    @Test
    void everyMakeUpWorkingDayFallsOnAWeekend() {
        DAYS.stream()
                .filter(day -> day.type() == CalendarDayType.WORKDAY)
                .forEach(day -> assertTrue(day.date().getDayOfWeek() == DayOfWeek.SATURDAY
                        || day.date().getDayOfWeek() == DayOfWeek.SUNDAY, day + " is not on a weekend"));
    }

    @Test
    void everyDayBelongsToTheYearItIsFiledUnderAndHasAName() {
        DAYS.forEach(day -> {
            assertEquals(day.date().getYear(), day.year(), day.toString());
            assertFalse(day.name().isBlank(), day.toString());
        });
        assertEquals(DAYS.size(), DAYS.stream().map(ShippedCalendar.DayRow::date).distinct().count(),
                "a date is listed twice");
    }

    @Test
    void dragonBoatWeekend2024IsAnOrdinaryWeekendNotAListedHoliday() {
        assertFalse(CALENDAR.isWorkingDay(LocalDate.parse("2024-06-08")));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.parse("2024-06-09")));
        assertFalse(CALENDAR.isWorkingDay(LocalDate.parse("2024-06-10")));
        assertTrue(DAYS.stream().noneMatch(day -> day.date().equals(LocalDate.parse("2024-06-08"))));
        assertEquals(LocalDate.parse("2024-06-11"), CALENDAR.firstWorkingDayOnOrAfter(LocalDate.parse("2024-06-08")));
    }

    @Test
    void newYearWeekendBefore2024BelongsTo2023WhichIsNotShipped() {
        assertFalse(CALENDAR.isWorkingDay(LocalDate.parse("2024-01-01")));
        assertThrows(CalendarYearMissingException.class, () -> CALENDAR.isWorkingDay(LocalDate.parse("2023-12-31")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-04", "2024-10-12", "2025-01-26", "2025-10-11", "2026-01-04", "2026-02-14",
            "2026-09-20"})
    void makeUpWorkingDaysAreWorkingDays(String date) {
        assertTrue(CALENDAR.isWorkingDay(LocalDate.parse(date)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-15", "2024-09-16", "2025-02-03", "2025-10-08", "2026-01-02", "2026-02-23",
            "2026-10-05"})
    void weekdayHolidaysAreNotWorkingDays(String date) {
        assertFalse(CALENDAR.isWorkingDay(LocalDate.parse(date)));
    }

    private static Set<LocalDate> shipped(int year, CalendarDayType type) {
        return DAYS.stream()
                .filter(day -> day.year() == year && day.type() == type)
                .map(ShippedCalendar.DayRow::date)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Stream<LocalDate> range(String first, String last) {
        return LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1));
    }

    @SafeVarargs
    private static Set<LocalDate> dates(Stream<LocalDate>... ranges) {
        return Stream.of(ranges).flatMap(range -> range).collect(Collectors.toCollection(TreeSet::new));
    }
}
