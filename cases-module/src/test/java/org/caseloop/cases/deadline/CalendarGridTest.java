package org.caseloop.cases.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CalendarGridTest {

    @Test
    void eachMonthRunsInWeeksFromMondayWithTheNoticeDaysMarked() {
        List<CalendarGrid.Month> months = CalendarGrid.of(2026, HolidayNoticeParser.parse(2026,
                "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。").days());
        assertEquals(12, months.size());
        List<List<CalendarGrid.Cell>> january = months.get(0).weeks();
        // 2026-01-01 is a Thursday: Monday to Wednesday of the first week are empty.
        assertNull(january.get(0).get(0).date());
        assertEquals(LocalDate.parse("2026-01-01"), january.get(0).get(3).date());
        assertEquals(CalendarGrid.Kind.HOLIDAY, january.get(0).get(3).kind());
        assertEquals(CalendarGrid.Kind.WORKDAY, january.get(0).get(6).kind());
        assertEquals(CalendarGrid.Kind.WEEKEND, january.get(1).get(5).kind());
        assertEquals(CalendarGrid.Kind.WORKING, january.get(1).get(0).kind());
        january.forEach(week -> assertEquals(7, week.size()));
    }
}
