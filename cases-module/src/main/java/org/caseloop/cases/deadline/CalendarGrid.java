package org.caseloop.cases.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A year as twelve month grids (weeks from Monday), each day marked as a day off, a make-up working day, a weekend
 * or a working day: what an administrator checks against the printed notice before saving it.
 */
public final class CalendarGrid {

    /** How a day counts, with the style class of caseloop.css that shows it. */
    public enum Kind {
        WORKING("cl-day"), WEEKEND("cl-day cl-day-weekend"), HOLIDAY("cl-day cl-day-holiday"),
        WORKDAY("cl-day cl-day-workday");

        private final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    /** A day of the grid; a null date fills the week before the 1st and after the last day. */
    public record Cell(LocalDate date, Kind kind, String name) {

        public int dayOfMonth() {
            return date == null ? 0 : date.getDayOfMonth();
        }
    }

    public record Month(YearMonth month, List<List<Cell>> weeks) {
    }

    private CalendarGrid() {
    }

    public static List<Month> of(int year, List<HolidayNoticeParser.NoticeDay> days) {
        Map<LocalDate, HolidayNoticeParser.NoticeDay> byDate = days.stream()
                .collect(Collectors.toMap(HolidayNoticeParser.NoticeDay::date, Function.identity()));
        List<Month> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>(Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1,
                    new Cell(null, Kind.WORKING, null)));
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                HolidayNoticeParser.NoticeDay named = byDate.get(date);
                week.add(new Cell(date, kind(date, named), named == null ? null : named.name()));
                if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(new Cell(null, Kind.WORKING, null));
                }
                weeks.add(week);
            }
            months.add(new Month(month, weeks));
        }
        return months;
    }

    private static Kind kind(LocalDate date, HolidayNoticeParser.NoticeDay named) {
        if (named != null) {
            return named.type() == CalendarDayType.HOLIDAY ? Kind.HOLIDAY : Kind.WORKDAY;
        }
        return CalendarEdits.isWeekend(date) ? Kind.WEEKEND : Kind.WORKING;
    }
}
