package org.caseloop.cases.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Returns for supplementary investigation (CPL art. 175). */
class SupplementaryInvestigationTest {

    private static final LocalDate RECEIVED = LocalDate.parse("2025-03-03");

    private final SupplementaryInvestigation returnedTwice = SupplementaryInvestigation.none()
            .sendBack(LocalDate.parse("2025-03-20"))
            .caseBack(LocalDate.parse("2025-04-15"))
            .sendBack(LocalDate.parse("2025-05-06"))
            .caseBack(LocalDate.parse("2025-06-03"));

    @Test
    void reviewOfACaseNeverReturnedStartsOnReceipt() {
        assertEquals(Optional.of(RECEIVED), SupplementaryInvestigation.none().reviewStart(RECEIVED));
    }

    @Test
    void reviewClockStopsWhileTheCaseIsOut() {
        SupplementaryInvestigation out = SupplementaryInvestigation.none().sendBack(LocalDate.parse("2025-03-20"));
        assertTrue(out.isOut());
        assertEquals(Optional.empty(), out.reviewStart(RECEIVED));
    }

    @Test
    void reviewPeriodRestartsInFullWhenTheCaseComesBack() {
        SupplementaryInvestigation back = SupplementaryInvestigation.none()
                .sendBack(LocalDate.parse("2025-03-20"))
                .caseBack(LocalDate.parse("2025-04-15"));
        LocalDate restart = back.reviewStart(RECEIVED).orElseThrow();
        assertEquals(LocalDate.parse("2025-04-15"), restart);
        Deadline review = new DeadlineCalculator(ShippedCalendar.calendar())
                .compute(restart, LegalPeriod.ofMonths(1), false);
        assertEquals(LocalDate.parse("2025-05-15"), review.deadline());
    }

    @Test
    void reviewAfterTheSecondReturnStartsWhenTheCaseCameBackTheSecondTime() {
        assertEquals(Optional.of(LocalDate.parse("2025-06-03")), returnedTwice.reviewStart(RECEIVED));
        assertFalse(returnedTwice.isOut());
        assertEquals(2, returnedTwice.returns().size());
    }

    @Test
    void thirdReturnIsRejected() {
        SupplementaryReturnLimitException rejected = assertThrows(SupplementaryReturnLimitException.class,
                () -> returnedTwice.sendBack(LocalDate.parse("2025-06-20")));
        assertEquals("A case may be returned for supplementary investigation at most 2 times (CPL art. 175); "
                + "a third return is not allowed", rejected.getMessage());
    }

    @Test
    void recordWithThreeReturnsIsRejected() {
        List<SupplementaryReturn> three = List.of(
                new SupplementaryReturn(LocalDate.parse("2025-03-20"), LocalDate.parse("2025-04-15")),
                new SupplementaryReturn(LocalDate.parse("2025-05-06"), LocalDate.parse("2025-06-03")),
                SupplementaryReturn.sent(LocalDate.parse("2025-06-20")));
        assertThrows(SupplementaryReturnLimitException.class, () -> new SupplementaryInvestigation(three));
    }

    @Test
    void eachReturnLastsAtMostOneMonth() {
        assertEquals(LegalPeriod.ofMonths(1), SupplementaryInvestigation.PERIOD_PER_RETURN);
    }

    @Test
    void caseOutCannotBeReturnedAgainBeforeItComesBack() {
        SupplementaryInvestigation out = SupplementaryInvestigation.none().sendBack(LocalDate.parse("2025-03-20"));
        assertThrows(IllegalArgumentException.class, () -> out.sendBack(LocalDate.parse("2025-04-01")));
    }

    @Test
    void caseNotOutCannotComeBack() {
        assertThrows(IllegalStateException.class, () -> SupplementaryInvestigation.none()
                .caseBack(LocalDate.parse("2025-04-01")));
    }

    @Test
    void datesOutOfOrderAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new SupplementaryReturn(LocalDate.parse("2025-04-15"), LocalDate.parse("2025-03-20")));
        assertThrows(IllegalArgumentException.class, () -> SupplementaryInvestigation.none()
                .sendBack(LocalDate.parse("2025-03-20"))
                .caseBack(LocalDate.parse("2025-04-15"))
                .sendBack(LocalDate.parse("2025-04-10")));
        assertThrows(IllegalArgumentException.class, () -> SupplementaryInvestigation.none()
                .sendBack(LocalDate.parse("2025-03-01"))
                .reviewStart(RECEIVED));
    }
}
