package org.caseloop.cases.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarEditsTest {

    private static final Set<Integer> YEARS = Set.of(2024, 2025, 2026);
    private static final String ENGLISH = "/org/caseloop/cases/i18n/messages.properties";
    private static final String CHINESE = "/org/caseloop/cases/i18n/messages_zh.properties";

    private static List<String> keys(List<CalendarEdits.Refusal> refusals) {
        return refusals.stream().map(CalendarEdits.Refusal::key).toList();
    }

    @Test
    void aNewYearWithItsSourceIsAccepted() {
        assertTrue(CalendarEdits.addingYear(2099, " 国务院办公厅关于2099年部分节假日安排的通知 ", YEARS).isEmpty());
        assertTrue(CalendarEdits.addingYear(2000, "notice", YEARS).isEmpty());
        assertTrue(CalendarEdits.addingYear(2100, "notice", YEARS).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101, 0, -2027})
    void aYearOutsideTheRangeIsRefused(int year) {
        List<CalendarEdits.Refusal> refusals = CalendarEdits.addingYear(year, "notice", YEARS);
        assertEquals(List.of("calendar.refused.yearRange"), keys(refusals));
        assertEquals(List.of(String.valueOf(year), "2000", "2100"), refusals.get(0).args());
    }

    @Test
    void aYearAlreadyThereIsRefused() {
        assertEquals(List.of("calendar.refused.yearExists"), keys(CalendarEdits.addingYear(2025, "notice", YEARS)));
    }

    @Test
    void aMissingYearAndABlankSourceAreBothNamed() {
        assertEquals(List.of("calendar.refused.yearRequired", "calendar.refused.sourceRequired"),
                keys(CalendarEdits.addingYear(null, "  ", YEARS)));
        assertEquals(List.of("calendar.refused.sourceTooLong"),
                keys(CalendarEdits.addingYear(2099, "x".repeat(201), YEARS)));
    }

    @Test
    void aHolidayOnAWeekdayAndAMakeUpWorkdayOnAWeekendAreAccepted() {
        assertTrue(CalendarEdits.settingDay(LocalDate.parse("2026-05-01"), CalendarDayType.HOLIDAY, "劳动节", YEARS)
                .isEmpty());
        assertTrue(CalendarEdits.settingDay(LocalDate.parse("2026-05-09"), CalendarDayType.WORKDAY, "劳动节调休", YEARS)
                .isEmpty());
        // Notices also name the weekend days of a holiday block.
        assertTrue(CalendarEdits.settingDay(LocalDate.parse("2026-05-02"), CalendarDayType.HOLIDAY, "劳动节", YEARS)
                .isEmpty());
    }

    @Test
    void aMakeUpWorkdayOnAWeekdayIsRefused() {
        List<CalendarEdits.Refusal> refusals =
                CalendarEdits.settingDay(LocalDate.parse("2026-05-08"), CalendarDayType.WORKDAY, "调休", YEARS);
        assertEquals(List.of("calendar.refused.workdayOnWeekday"), keys(refusals));
        assertEquals(List.of("2026-05-08"), refusals.get(0).args());
    }

    @Test
    void aDayInAYearNotInTheCalendarIsRefused() {
        List<CalendarEdits.Refusal> refusals =
                CalendarEdits.settingDay(LocalDate.parse("2098-05-01"), CalendarDayType.HOLIDAY, "劳动节", YEARS);
        assertEquals(List.of("calendar.refused.yearMissing"), keys(refusals));
        assertEquals(List.of("2098"), refusals.get(0).args());
    }

    @Test
    void missingFieldsAreEachNamed() {
        assertEquals(List.of("calendar.refused.dateRequired", "calendar.refused.typeRequired",
                        "calendar.refused.nameRequired"),
                keys(CalendarEdits.settingDay(null, null, " ", YEARS)));
        assertEquals(List.of("calendar.refused.nameTooLong"), keys(CalendarEdits.settingDay(
                LocalDate.parse("2026-05-01"), CalendarDayType.HOLIDAY, "节".repeat(61), YEARS)));
    }

    @Test
    void aYearWithoutDaysDoesNotCountForDeadlines() {
        assertFalse(CalendarEdits.countsForDeadlines(0, 0));
        assertTrue(CalendarEdits.countsForDeadlines(1, 0));
        assertTrue(CalendarEdits.countsForDeadlines(0, 1));
    }

    @Test
    void everyRefusalHasATextInBothLanguages() {
        List<CalendarEdits.Refusal> all = new ArrayList<>();
        all.addAll(CalendarEdits.addingYear(null, null, YEARS));
        all.addAll(CalendarEdits.addingYear(1999, "x".repeat(201), YEARS));
        all.addAll(CalendarEdits.addingYear(2025, "n", YEARS));
        all.addAll(CalendarEdits.settingDay(null, null, null, YEARS));
        all.addAll(CalendarEdits.settingDay(LocalDate.parse("2098-05-08"), CalendarDayType.WORKDAY, "节".repeat(61), YEARS));
        for (String file : List.of(ENGLISH, CHINESE)) {
            Set<String> texts = calendarKeys(file);
            for (CalendarEdits.Refusal refusal : all) {
                assertTrue(texts.contains(refusal.key()), refusal.key() + " in " + file);
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameCalendarTexts() throws IOException {
        Set<String> english = calendarKeys(ENGLISH);
        assertFalse(english.isEmpty());
        assertEquals(english, calendarKeys(CHINESE));
    }

    // Each file on its own: a bundle would fill the keys missing in Chinese from its English parent.
    private static Set<String> calendarKeys(String file) {
        Properties texts = new Properties();
        try (InputStream in = CalendarEditsTest.class.getResourceAsStream(file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts.stringPropertyNames().stream().filter(k -> k.startsWith("calendar."))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
