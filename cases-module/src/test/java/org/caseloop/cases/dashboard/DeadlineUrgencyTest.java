package org.caseloop.cases.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DeadlineUrgencyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @ParameterizedTest(name = "{0} days left, warning {1} days ahead: {2}")
    @CsvSource({
            "-1, 5, OVERDUE", "-30, 2, OVERDUE",
            "0, 5, RED", "5, 5, RED", "2, 2, RED",
            "6, 5, AMBER", "10, 5, AMBER", "3, 2, AMBER", "4, 2, AMBER",
            "11, 5, GREEN", "5, 2, GREEN"})
    void colourFollowsTheEarlyWarningPeriod(int daysLeft, int leadDays, DeadlineUrgency expected) {
        assertEquals(expected, DeadlineUrgency.of(TODAY, TODAY.plusDays(daysLeft), leadDays));
    }

    @Test
    void aCaseWithoutDeadlineHasNoColour() {
        assertEquals(DeadlineUrgency.NONE, DeadlineUrgency.of(TODAY, null, 5));
        assertEquals("", DeadlineUrgency.NONE.styleClass());
    }

    @Test
    void theLastDayCountsAsZeroDaysLeftAndTheDayAfterAsOneDayOverdue() {
        assertEquals(0, DeadlineUrgency.daysLeft(TODAY, TODAY));
        assertEquals(-1, DeadlineUrgency.daysLeft(TODAY, TODAY.minusDays(1)));
    }

    @Test
    void styleClassesAreThoseOfTheStylesheet() {
        assertEquals("cl-deadline-overdue", DeadlineUrgency.OVERDUE.styleClass());
        assertEquals("cl-deadline-amber", DeadlineUrgency.AMBER.styleClass());
    }

    @Test
    void arrestReviewWarnsWithItsOwnLeadDaysAndEverythingElseWithProsecutionReviews() {
        assertEquals(2, DeadlineWarnings.leadDays("ARREST_REVIEW", 5, 2));
        assertEquals(5, DeadlineWarnings.leadDays("PROSECUTION_REVIEW", 5, 2));
        assertEquals(5, DeadlineWarnings.leadDays("CIVIL_APPEAL", 5, 2));
    }
}
