package org.caseloop.cases.casefile;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeadlineStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void greenOutsideTheLead() {
        assertEquals(DeadlineStatus.GREEN, DeadlineStatus.of(TODAY.plusDays(6), TODAY, 5));
        assertEquals(DeadlineStatus.GREEN, DeadlineStatus.of(TODAY.plusDays(3), TODAY, 2));
    }

    @Test
    void amberInsideTheProsecutionLeadOfFiveDays() {
        assertEquals(DeadlineStatus.AMBER, DeadlineStatus.of(TODAY.plusDays(5), TODAY, 5));
        assertEquals(DeadlineStatus.AMBER, DeadlineStatus.of(TODAY.plusDays(2), TODAY, 5));
    }

    @Test
    void amberInsideTheArrestLeadOfTwoDays() {
        assertEquals(DeadlineStatus.AMBER, DeadlineStatus.of(TODAY.plusDays(2), TODAY, 2));
    }

    @Test
    void redOnTheLastDayAndTheDayBefore() {
        assertEquals(DeadlineStatus.RED, DeadlineStatus.of(TODAY.plusDays(1), TODAY, 5));
        assertEquals(DeadlineStatus.RED, DeadlineStatus.of(TODAY, TODAY, 2));
    }

    @Test
    void withoutLeadOnlyTheLastDayIsRed() {
        assertEquals(DeadlineStatus.GREEN, DeadlineStatus.of(TODAY.plusDays(1), TODAY, 0));
        assertEquals(DeadlineStatus.RED, DeadlineStatus.of(TODAY, TODAY, 0));
    }

    @Test
    void overdueTheDayAfter() {
        assertEquals(DeadlineStatus.OVERDUE, DeadlineStatus.of(TODAY.minusDays(1), TODAY, 5));
    }

    @Test
    void negativeLeadIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> DeadlineStatus.of(TODAY, TODAY, -1));
    }
}
