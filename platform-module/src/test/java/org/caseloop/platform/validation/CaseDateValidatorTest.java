package org.caseloop.platform.validation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseDateValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aDateFrom2000UpToTodayIsACaseDate() {
        assertTrue(CaseDateValidator.within(LocalDate.of(2000, 1, 1), TODAY));
        assertTrue(CaseDateValidator.within(LocalDate.of(2026, 12, 2), TODAY));
        assertTrue(CaseDateValidator.within(TODAY, TODAY));
    }

    @Test
    void yearZeroAndTheLastCenturyAreRefused() {
        assertFalse(CaseDateValidator.within(LocalDate.of(0, 1, 1), TODAY));
        assertFalse(CaseDateValidator.within(LocalDate.of(1999, 12, 31), TODAY));
    }

    @Test
    void aDateInTheFutureIsRefused() {
        assertFalse(CaseDateValidator.within(TODAY.plusDays(1), TODAY));
        assertFalse(CaseDateValidator.within(LocalDate.of(2099, 1, 1), TODAY));
    }
}
