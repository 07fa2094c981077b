package org.caseloop.cases.triage;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.Procedure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandardCodecTest {

    private final ClassificationStandard standard = new ClassificationStandard(3, List.of(
            TestStandards.drunkDriving(),
            TestStandards.arrestReviewSingleSuspect(),
            new SimpleCaseCategory("UNLIMITED", "不限", "Unlimited",
                    Set.of(BusinessType.PROSECUTION_REVIEW, BusinessType.ARREST_REVIEW), Set.of(Procedure.SUMMARY),
                    false, null, null, List.of(), false, false)),
            24, new FastTrackCriteria(true, false, true));

    @Test
    void aStandardReadBackIsTheStandardWritten() {
        assertEquals(standard, StandardCodec.fromJson(StandardCodec.toJson(standard)));
    }

    @Test
    void theSameStandardIsAlwaysWrittenTheSameWay() {
        String json = StandardCodec.toJson(standard);

        assertEquals(json, StandardCodec.toJson(StandardCodec.fromJson(json)));
        String compact = json.replaceAll("\\s", "");
        assertTrue(compact.contains("\"businessTypes\":[\"ARREST_REVIEW\",\"PROSECUTION_REVIEW\"]"), json);
        assertTrue(compact.contains("\"maxSentenceMonths\":null"), json);
    }

    @Test
    void aMissingFieldIsAnError() {
        String json = StandardCodec.toJson(standard).replace("\"excludesMinors\"", "\"excludesMinor\"");

        assertThrows(IllegalArgumentException.class, () -> StandardCodec.fromJson(json));
    }

    @Test
    void anUnknownBusinessTypeIsAnError() {
        String json = StandardCodec.toJson(standard).replace("\"ARREST_REVIEW\"", "\"ARREST\"");

        assertThrows(IllegalArgumentException.class, () -> StandardCodec.fromJson(json));
    }

    @Test
    void textThatIsNotJsonIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> StandardCodec.fromJson("{\"version\": "));
    }
}
