package org.caseloop.cases.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CalendarYearWarningTest {

    @Test
    void nextYearIsAskedForFromTheFirstOfOctober() {
        assertEquals(Optional.empty(), CalendarYearWarning.missingYear(LocalDate.parse("2026-09-30"), Set.of(2026)));
        assertEquals(Optional.of(2027), CalendarYearWarning.missingYear(LocalDate.parse("2026-10-01"), Set.of(2026)));
        assertEquals(Optional.of(2027), CalendarYearWarning.missingYear(LocalDate.parse("2026-12-31"), Set.of(2026)));
    }

    @Test
    void noWarningOnceTheNextYearIsEntered() {
        assertEquals(Optional.empty(), CalendarYearWarning.missingYear(LocalDate.parse("2026-12-03"), Set.of(2026, 2027)));
    }

    @Test
    void aMissingCurrentYearIsAlwaysWarnedAbout() {
        assertEquals(Optional.of(2027), CalendarYearWarning.missingYear(LocalDate.parse("2027-03-01"), Set.of(2026)));
    }
}
