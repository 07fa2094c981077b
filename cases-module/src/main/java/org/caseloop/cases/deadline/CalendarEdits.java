package org.caseloop.cases.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The rules an administrator's edit of the working-day calendar must keep, as plain Java: the service
 * enforces them, and the calendar page checks them first so that it can refuse in the user's language.
 * Each refusal names a message key of the cases bundle ({@code calendar.refused.*}) and its arguments.
 */
public final class CalendarEdits {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int SOURCE_MAX_LENGTH = 200;
    public static final int NAME_MAX_LENGTH = 60;

    /** Why an edit is refused: a key of the cases message bundle and the values it shows. */
    public record Refusal(String key, List<Object> args) {

        public Refusal {
            args = List.copyOf(args);
        }

        static Refusal of(String key, Object... args) {
            return new Refusal(key, List.of(args));
        }
    }

    private CalendarEdits() {
    }

    /** What keeps {@code year} from being added, given the years already in the calendar; empty if nothing. */
    public static List<Refusal> addingYear(Integer year, String source, Collection<Integer> existingYears) {
        List<Refusal> refusals = new ArrayList<>();
        if (year == null) {
            refusals.add(Refusal.of("calendar.refused.yearRequired"));
        } else if (year < FIRST_YEAR || year > LAST_YEAR) {
            refusals.add(Refusal.of("calendar.refused.yearRange", String.valueOf(year), String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR)));
        }
        textRefusal("source", source, SOURCE_MAX_LENGTH, refusals);
        if (year != null && existingYears.contains(year)) {
            refusals.add(Refusal.of("calendar.refused.yearExists", String.valueOf(year)));
        }
        return refusals;
    }

    /** What keeps a day from being recorded, given the years in the calendar; empty if nothing. */
    public static List<Refusal> settingDay(LocalDate date, CalendarDayType type, String name,
                                           Collection<Integer> existingYears) {
        List<Refusal> refusals = new ArrayList<>();
        if (date == null) {
            refusals.add(Refusal.of("calendar.refused.dateRequired"));
        }
        if (type == null) {
            refusals.add(Refusal.of("calendar.refused.typeRequired"));
        }
        textRefusal("name", name, NAME_MAX_LENGTH, refusals);
        if (date != null && type == CalendarDayType.WORKDAY && !isWeekend(date)) {
            refusals.add(Refusal.of("calendar.refused.workdayOnWeekday", date.toString()));
        }
        if (date != null && !existingYears.contains(date.getYear())) {
            refusals.add(Refusal.of("calendar.refused.yearMissing", String.valueOf(date.getYear())));
        }
        return refusals;
    }

    /**
     * Whether deadlines can be computed in a year: only once at least one day of its notice is entered.
     * A year just added, still without days, counts as missing, so deadlines are never guessed from weekends.
     */
    public static boolean countsForDeadlines(long holidays, long makeUpWorkdays) {
        return holidays + makeUpWorkdays > 0;
    }

    public static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The text without surrounding blanks, never null. */
    public static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static void textRefusal(String field, String value, int maxLength, List<Refusal> refusals) {
        String clean = clean(value);
        if (clean.isEmpty()) {
            refusals.add(Refusal.of("calendar.refused." + field + "Required"));
        } else if (clean.length() > maxLength) {
            refusals.add(Refusal.of("calendar.refused." + field + "TooLong", String.valueOf(maxLength)));
        }
    }
}
