package org.caseloop.cases.intake;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.casefile.RiskLevel;
import org.caseloop.cases.triage.TriageFacts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RiskFactorsTest {

    private static TriageFacts.Builder facts() {
        return TriageFacts.builder(BusinessType.PROSECUTION_REVIEW);
    }

    @Test
    void noFactorIsLow() {
        assertEquals(RiskLevel.LOW, RiskFactors.assess(facts().build()).level());
    }

    @Test
    void oneFactorIsMedium() {
        assertEquals(RiskLevel.MEDIUM, RiskFactors.assess(facts().anyMinor(true).build()).level());
        assertEquals(RiskLevel.MEDIUM, RiskFactors.assess(facts().victims(3).build()).level());
    }

    @Test
    void twoFactorsOrASensitiveCaseAreHigh() {
        assertEquals(RiskLevel.HIGH, RiskFactors.assess(facts().anyMinor(true).anyDetained(true).build()).level());
        assertEquals(RiskLevel.HIGH, RiskFactors.assess(facts().sensitive(true).build()).level());
    }

    @Test
    void theReasonNamesTheFactors() {
        assertEquals("自动评估（高）：未成年犯罪嫌疑人、犯罪嫌疑人在押",
                RiskFactors.assess(facts().anyMinor(true).anyDetained(true).build()).reason().zh());
    }
}
