package org.caseloop.cases.triage;

import org.caseloop.cases.api.BusinessType;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TriageFactsTest {

    @Test
    void aCaseHasAtLeastOneSuspect() {
        assertThrows(IllegalArgumentException.class,
                () -> TriageFacts.builder(BusinessType.ARREST_REVIEW).suspects(0).build());
    }

    @Test
    void aSentencingRecommendationIsARange() {
        assertThrows(IllegalArgumentException.class,
                () -> TriageFacts.builder(BusinessType.PROSECUTION_REVIEW).recommendation(12, 6).build());
        assertThrows(IllegalArgumentException.class, () -> new TriageFacts(BusinessType.PROSECUTION_REVIEW, null,
                false, 1, false, false, Set.of(), 12, null, 6, 0, false, false));
    }

    @Test
    void theDefaultsDescribeOneAdultSuspectAtLiberty() {
        TriageFacts facts = TriageFacts.builder(BusinessType.ARREST_REVIEW).build();

        assertEquals(1, facts.suspectCount());
        assertFalse(facts.anyMinor());
        assertFalse(facts.anyDetained());
        assertNull(facts.procedure());
        assertEquals(Set.of(), facts.chargeCodes());
        assertFalse(facts.hasRecommendation());
    }
}
