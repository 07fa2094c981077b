package org.caseloop.cases.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The calendar as the Flyway migration ships it, read from the SQL itself so data and rules are tested together. */
final class ShippedCalendar {

    static final String MIGRATION = "/db/migration/cases/V2026_11_25_2001__cases_working_calendar.sql";

    private static final Pattern YEAR_ROW =
            Pattern.compile("^\\s*\\((\\d{4}), '([^']+)', CURRENT_TIMESTAMP, '([^']+)'\\)[,;]\\s*$", Pattern.MULTILINE);
    private static final Pattern DAY_ROW = Pattern.compile(
            "^\\s*\\(DATE '(\\d{4}-\\d{2}-\\d{2})', (\\d{4}), '(HOLIDAY|WORKDAY)', '([^']+)'\\)[,;]\\s*$",
            Pattern.MULTILINE);

    record YearRow(int year, String source, String updatedBy) {
    }

    record DayRow(LocalDate date, int year, CalendarDayType type, String name) {
    }

    private ShippedCalendar() {
    }

    static String sql() {
        try (InputStream in = ShippedCalendar.class.getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<YearRow> years() {
        List<YearRow> rows = new ArrayList<>();
        Matcher matcher = YEAR_ROW.matcher(sql());
        while (matcher.find()) {
            rows.add(new YearRow(Integer.parseInt(matcher.group(1)), matcher.group(2), matcher.group(3)));
        }
        return rows;
    }

    static List<DayRow> days() {
        String sql = sql();
        List<DayRow> rows = new ArrayList<>();
        Matcher matcher = DAY_ROW.matcher(sql);
        while (matcher.find()) {
            rows.add(new DayRow(LocalDate.parse(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    CalendarDayType.valueOf(matcher.group(3)), matcher.group(4)));
        }
        // A row written in another shape would otherwise be skipped without anyone noticing.
        int dateLiterals = sql.split("\\(DATE '", -1).length - 1;
        if (dateLiterals != rows.size()) {
            throw new IllegalStateException("Read " + rows.size() + " day rows but the migration has "
                    + dateLiterals + " date literals");
        }
        return rows;
    }

    static WorkingCalendar calendar() {
        List<DayRow> days = days();
        return new WorkingCalendar(years().stream()
                .map(year -> new CalendarYear(year.year(),
                        datesOf(days, year.year(), CalendarDayType.HOLIDAY),
                        datesOf(days, year.year(), CalendarDayType.WORKDAY)))
                .toList());
    }

    private static Set<LocalDate> datesOf(List<DayRow> days, int year, CalendarDayType type) {
        return days.stream()
                .filter(day -> day.year() == year && day.type() == type)
                .map(DayRow::date)
                .collect(Collectors.toSet());
    }
}
