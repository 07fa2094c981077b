package org.caseloop.cases.intake;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.CustodyStatus;
import org.caseloop.cases.api.Procedure;
import org.caseloop.cases.triage.TriageFacts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntakeFactsTest {

    private static CaseSubmission.SuspectInput suspect(int age, CustodyStatus custody) {
        return new CaseSubmission.SuspectInput("某", null, age, custody, null);
    }

    private static CaseSubmission submission(List<CaseSubmission.SuspectInput> suspects, int victims) {
        return new CaseSubmission(BusinessType.ARREST_REVIEW, "局", "1号", LocalDate.of(2026, 11, 20),
                Procedure.ORDINARY, true, 12, 6, 10, false, false, false, null, suspects,
                java.util.stream.IntStream.range(0, victims).mapToObj(i -> new CaseSubmission.VictimInput("被害人" + i))
                        .toList(), List.of("C02043"));
    }

    @Test
    void custodyMeansAnySuspectDetained() {
        TriageFacts facts = IntakeService.facts(submission(List.of(suspect(30, CustodyStatus.BAIL),
                suspect(25, CustodyStatus.DETAINED)), 0), Set.of("C02043"));
        assertTrue(facts.anyDetained());
        assertEquals(2, facts.suspectCount());
        assertFalse(IntakeService.facts(submission(List.of(suspect(30, CustodyStatus.RESIDENTIAL_SURVEILLANCE)), 0),
                Set.of()).anyDetained());
    }

    @Test
    void aSuspectUnderEighteenAtTheOffenceIsAMinor() {
        assertTrue(IntakeService.facts(submission(List.of(suspect(17, CustodyStatus.NONE)), 0), Set.of()).anyMinor());
        assertFalse(IntakeService.facts(submission(List.of(suspect(18, CustodyStatus.NONE)), 0), Set.of()).anyMinor());
    }

    @Test
    void victimsAndTheRecommendationAreCarriedOver() {
        TriageFacts facts = IntakeService.facts(submission(List.of(suspect(40, CustodyStatus.NONE)), 3), Set.of());
        assertEquals(3, facts.victimCount());
        assertEquals(10, facts.sentenceBasisMonths());
    }
}
