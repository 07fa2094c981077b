package org.caseloop.cases.intake;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.CustodyStatus;
import org.caseloop.cases.api.Procedure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionHashTest {

    private static CaseSubmission submission(String agency, String suspectName, String idNumber, List<String> charges,
                                             int months) {
        return new CaseSubmission(BusinessType.PROSECUTION_REVIEW, agency, "威公（环）诉字〔2026〕101号",
                LocalDate.of(2026, 11, 20), Procedure.EXPEDITED, true, months, null, null, false, false, false,
                "醉酒驾驶机动车", List.of(new CaseSubmission.SuspectInput(suspectName, idNumber, 35,
                CustodyStatus.BAIL, null)), List.of(), charges);
    }

    @Test
    void theSameSubmissionHasTheSameHash() {
        assertEquals(SubmissionHash.of(submission("威海市公安局环翠分局", "王某", "37100219900101123X",
                        List.of("C02043"), 6)),
                SubmissionHash.of(submission("威海市公安局环翠分局", "王某", "37100219900101123X",
                        List.of("C02043"), 6)));
    }

    @Test
    void surroundingAndRepeatedWhiteSpaceDoesNotCount() {
        assertEquals(SubmissionHash.of(submission("威海市公安局环翠分局", "王某", null, List.of(), 6)),
                SubmissionHash.of(submission("  威海市公安局环翠分局 ", " 王某\t", null, List.of(), 6)));
        assertEquals("a b", SubmissionHash.text("  a \n  b "));
    }

    @Test
    void chargeOrderCaseAndDuplicatesDoNotCount() {
        assertEquals(SubmissionHash.of(submission("局", "王某", null, List.of("C02043", "C04001"), 6)),
                SubmissionHash.of(submission("局", "王某", null, List.of("c04001", "C02043", "C02043"), 6)));
    }

    @Test
    void aFinalLowerCaseXInTheIdentityNumberIsTheSame() {
        assertEquals(SubmissionHash.of(submission("局", "王某", "37100219900101123X", List.of(), 6)),
                SubmissionHash.of(submission("局", "王某", "37100219900101123x", List.of(), 6)));
    }

    @Test
    void anyChangeOfContentChangesTheHash() {
        String base = SubmissionHash.of(submission("局", "王某", null, List.of("C02043"), 6));
        assertNotEquals(base, SubmissionHash.of(submission("局", "王某", null, List.of("C02043"), 7)));
        assertNotEquals(base, SubmissionHash.of(submission("局", "李某", null, List.of("C02043"), 6)));
        assertNotEquals(base, SubmissionHash.of(submission("局", "王某", null, List.of(), 6)));
    }

    @Test
    void anAbsentValueDiffersFromAnEmptyOrADash() {
        assertNotEquals(SubmissionHash.canonical(submission("局", "王某", null, List.of(), 6)),
                SubmissionHash.canonical(submission("局", "王某", "-", List.of(), 6)));
    }

    @Test
    void aValueCannotImitateAnotherLine() {
        CaseSubmission tricky = submission("局\nagencyReference=x", "王某", null, List.of(), 6);
        assertTrue(SubmissionHash.canonical(tricky).startsWith("businessType=PROSECUTION_REVIEW\nagencyName=局 agencyReference\\=x\n"));
    }

    @Test
    void theHashIsSha256InHex() {
        assertTrue(SubmissionHash.of(submission("局", "王某", null, List.of(), 6)).matches("[0-9a-f]{64}"));
    }
}
