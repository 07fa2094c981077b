package org.caseloop.cases.numbering;

import org.caseloop.cases.api.BusinessType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CaseNumberFormatTest {

    @Test
    void prosecutionReviewOfTheCityOffice() {
        assertEquals("威检刑诉受〔2026〕12号", CaseNumberFormat.format("威检", BusinessType.PROSECUTION_REVIEW, 2026, 12));
    }

    @Test
    void eachLineOfBusinessHasItsCode() {
        assertEquals("荣检刑捕受〔2026〕1号", CaseNumberFormat.format("荣检", BusinessType.ARREST_REVIEW, 2026, 1));
        assertEquals("威检刑申受〔2025〕3号", CaseNumberFormat.format("威检", BusinessType.CRIMINAL_APPEAL, 2025, 3));
        assertEquals("威检民申受〔2026〕100号", CaseNumberFormat.format("威检", BusinessType.CIVIL_APPEAL, 2026, 100));
    }

    @Test
    void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class,
                () -> CaseNumberFormat.format("威检", BusinessType.ARREST_REVIEW, 2026, 0));
    }

    @Test
    void aShortNameIsRequired() {
        assertThrows(IllegalArgumentException.class,
                () -> CaseNumberFormat.format(" ", BusinessType.ARREST_REVIEW, 2026, 1));
    }
}
