package org.caseloop.cases.triage;

import org.caseloop.cases.api.CaseLabel;
import org.caseloop.cases.api.Procedure;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.caseloop.cases.triage.TestStandards.DANGEROUS_DRIVING;
import static org.caseloop.cases.triage.TestStandards.INTENTIONAL_INJURY;
import static org.caseloop.cases.triage.TestStandards.drunkDrivingWithPlea;
import static org.caseloop.cases.triage.TestStandards.prosecution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelRulesTest {

    private final ClassificationStandard standard = TestStandards.standard();

    private Set<CaseLabel> labels(TriageFacts facts) {
        return LabelRules.derive(facts, standard.classify(facts));
    }

    @Test
    void aDetainedDrunkDriverWithPleaUnderExpeditedProcedureIsSimpleInCustodyPleaAndExpedited() {
        TriageFacts facts = prosecution().procedure(Procedure.EXPEDITED).guiltyPlea(true).charges(DANGEROUS_DRIVING)
                .possibleSentenceMonths(6).anyDetained(true).build();

        assertEquals(EnumSet.of(CaseLabel.SIMPLE, CaseLabel.IN_CUSTODY, CaseLabel.GUILTY_PLEA, CaseLabel.EXPEDITED),
                labels(facts));
    }

    @Test
    void everyOtherLabelFollowsFromItsFact() {
        TriageFacts facts = prosecution().procedure(Procedure.ORDINARY).charges(INTENTIONAL_INJURY)
                .possibleSentenceMonths(60).suspects(2).anyMinor(true).sensitive(true).victims(3).build();

        assertEquals(EnumSet.of(CaseLabel.MULTIPLE_SUSPECTS, CaseLabel.MINOR, CaseLabel.SENSITIVE,
                CaseLabel.MANY_VICTIMS), labels(facts));
    }

    @Test
    void aPlainCaseHasNoLabels() {
        TriageFacts facts = prosecution().procedure(Procedure.ORDINARY).charges(INTENTIONAL_INJURY)
                .possibleSentenceMonths(36).victims(1).build();

        assertEquals(Set.of(), labels(facts));
    }

    @Test
    void manyVictimsStartAtTheThreshold() {
        TriageFacts.Builder facts = prosecution().procedure(Procedure.ORDINARY).possibleSentenceMonths(36);

        assertFalse(labels(facts.victims(LabelRules.MANY_VICTIMS_THRESHOLD - 1).build())
                .contains(CaseLabel.MANY_VICTIMS));
        assertTrue(labels(facts.victims(LabelRules.MANY_VICTIMS_THRESHOLD).build()).contains(CaseLabel.MANY_VICTIMS));
    }

    @Test
    void theSimpleLabelFollowsTheClassification() {
        TriageFacts facts = drunkDrivingWithPlea();
        Classification complex = TestStandards.standard().withVersion(2).classify(prosecution().build());

        assertTrue(labels(facts).contains(CaseLabel.SIMPLE));
        assertFalse(LabelRules.derive(facts, complex).contains(CaseLabel.SIMPLE));
    }
}
