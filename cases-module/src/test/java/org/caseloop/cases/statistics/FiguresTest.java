package org.caseloop.cases.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void fastTrialShareIsTheirCasesOverAllCasesReceived() {
        Figures f = new Figures();
        f.addReceived(1_100, true);
        f.addReceived(1_692, false);
        assertEquals(2_792, f.received());
        assertEquals(new BigDecimal("39.4"), f.fastTrialPercent());
    }

    @Test
    void averageReviewDaysAreWeightedByTheNumberOfCases() {
        Figures f = new Figures();
        LocalDate received = LocalDate.of(2026, 3, 1);
        f.addDecided("SIMPLE", received, received.plusDays(10), 7);
        f.addDecided("SIMPLE", received, received.plusDays(12), 3);
        f.addDecided("COMPLEX", received, LocalDate.of(2026, 3, 31), 1);
        f.addDecided("COMPLEX", LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 21), 1);
        assertEquals(10, f.simpleDecided());
        assertEquals(new BigDecimal("10.6"), f.simpleAverageDays());
        assertEquals(new BigDecimal("31.0"), f.complexAverageDays());
    }

    @Test
    void noCasesGiveNoRatioRatherThanZero() {
        Figures f = new Figures();
        assertNull(f.fastTrialPercent());
        assertNull(f.simpleAverageDays());
        assertNull(f.complexAverageDays());
    }

    @Test
    void openCasesAreCountedPerStageAndTotalsAddUp() {
        Figures a = new Figures();
        a.addOpen("UNDER_REVIEW", 4, 1, 2);
        a.addOpen("RECEIVED", 2, 0, 0);
        Figures b = new Figures();
        b.addOpen("UNDER_REVIEW", 1, 1, 1);
        b.addReceived(5, true);
        b.addDecided("SIMPLE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11), 2);
        Figures total = new Figures();
        total.addAll(a);
        total.addAll(b);
        assertEquals(Map.of("UNDER_REVIEW", 5L, "RECEIVED", 2L), total.openByStage());
        assertEquals(7, total.open());
        assertEquals(2, total.overdue());
        assertEquals(3, total.provisional());
        assertEquals(new BigDecimal("100.0"), total.fastTrialPercent());
        assertEquals(new BigDecimal("10.0"), total.simpleAverageDays());
    }

    @Test
    void averagesRoundHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("10.7"), Figures.average(107, 10));
        assertEquals(new BigDecimal("0.7"), Figures.average(2, 3));
    }

    @Test
    void groupByReadsItsNameInAnyCase() {
        assertEquals(GroupBy.TEAM, GroupBy.parse("team"));
        assertEquals(GroupBy.DEPARTMENT, GroupBy.parse(null));
        assertEquals(GroupBy.DEPARTMENT, GroupBy.parse("Department"));
    }
}
