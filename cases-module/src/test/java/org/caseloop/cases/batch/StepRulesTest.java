package org.caseloop.cases.batch;

import org.caseloop.cases.api.Complexity;
import org.caseloop.cases.casefile.Stage;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepRulesTest {

    private static StepRules.CaseState simple(Stage stage, boolean plea, boolean notified, boolean signed,
                                              boolean heard, boolean prosecuted) {
        return new StepRules.CaseState(stage, Complexity.SIMPLE, plea, notified, signed, heard, prosecuted);
    }

    private static String refusal(FastTrialStep step, StepRules.CaseState state, String lawyer) {
        return StepRules.check(step, state, lawyer).map(StepRules.Refusal::text).orElse(null);
    }

    @Test
    void anAssignedSimpleCaseCanBeNotified() {
        assertEquals(Optional.empty(), StepRules.check(FastTrialStep.NOTIFY_RIGHTS,
                simple(Stage.ASSIGNED, true, false, false, false, false), null));
    }

    @Test
    void aComplexCaseIsNeverBatched() {
        StepRules.CaseState complex = new StepRules.CaseState(Stage.UNDER_REVIEW, Complexity.COMPLEX, true, false,
                false, false, false);
        assertTrue(refusal(FastTrialStep.NOTIFY_RIGHTS, complex, null).contains("not a simple case"));
    }

    @Test
    void aDecidedOrReturnedCaseTakesNoStep() {
        assertTrue(refusal(FastTrialStep.NOTIFY_RIGHTS, simple(Stage.DECIDED, true, false, false, false, false), null)
                .contains("DECIDED"));
        assertTrue(refusal(FastTrialStep.HEARING,
                simple(Stage.SUPPLEMENTARY_INVESTIGATION, true, true, false, false, false), null)
                .contains("SUPPLEMENTARY_INVESTIGATION"));
    }

    @Test
    void noStepTwice() {
        assertTrue(refusal(FastTrialStep.NOTIFY_RIGHTS, simple(Stage.UNDER_REVIEW, true, true, false, false, false), null)
                .contains("already"));
        assertTrue(refusal(FastTrialStep.SIGN_PLEA, simple(Stage.UNDER_REVIEW, true, true, true, false, false), "李律师")
                .contains("already"));
        assertTrue(refusal(FastTrialStep.PROSECUTE, simple(Stage.PENDING_DECISION, true, true, true, false, true), null)
                .contains("already"));
    }

    @Test
    void aPleaAgreementNeedsNotificationAPleaAndALawyerPresent() {
        assertTrue(refusal(FastTrialStep.SIGN_PLEA, simple(Stage.UNDER_REVIEW, true, false, false, false, false), "李律师")
                .contains("not yet notified"));
        assertTrue(refusal(FastTrialStep.SIGN_PLEA, simple(Stage.UNDER_REVIEW, false, true, false, false, false), "李律师")
                .contains("not pleaded guilty"));
        assertTrue(refusal(FastTrialStep.SIGN_PLEA, simple(Stage.UNDER_REVIEW, true, true, false, false, false), " ")
                .contains("lawyer"));
        assertEquals(Optional.empty(), StepRules.check(FastTrialStep.SIGN_PLEA,
                simple(Stage.UNDER_REVIEW, true, true, false, false, false), "李律师"));
    }

    @Test
    void prosecutionOfAGuiltyPleaNeedsTheSignedAgreement() {
        assertTrue(refusal(FastTrialStep.PROSECUTE, simple(Stage.UNDER_REVIEW, true, true, false, false, false), null)
                .contains("without a signed plea agreement"));
        assertEquals(Optional.empty(), StepRules.check(FastTrialStep.PROSECUTE,
                simple(Stage.UNDER_REVIEW, true, true, true, false, false), null));
        assertEquals(Optional.empty(), StepRules.check(FastTrialStep.PROSECUTE,
                simple(Stage.UNDER_REVIEW, false, true, false, false, false), null));
    }

    @Test
    void aHearingNeedsNotificationFirst() {
        assertTrue(refusal(FastTrialStep.HEARING, simple(Stage.UNDER_REVIEW, true, false, false, false, false), null)
                .contains("not yet notified"));
        assertEquals(Optional.empty(), StepRules.check(FastTrialStep.HEARING,
                simple(Stage.UNDER_REVIEW, true, true, false, false, false), null));
    }
}
