package org.caseloop.cases.triage;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.Complexity;
import org.caseloop.cases.api.Procedure;
import org.caseloop.cases.api.Severity;
import org.caseloop.cases.api.SpeedTrack;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.caseloop.cases.triage.TestStandards.DANGEROUS_DRIVING;
import static org.caseloop.cases.triage.TestStandards.INTENTIONAL_HOMICIDE;
import static org.caseloop.cases.triage.TestStandards.INTENTIONAL_INJURY;
import static org.caseloop.cases.triage.TestStandards.THEFT;
import static org.caseloop.cases.triage.TestStandards.drunkDrivingWithPlea;
import static org.caseloop.cases.triage.TestStandards.prosecution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimpleCaseTriageTest {

    private final ClassificationStandard standard = TestStandards.standard();

    @Test
    void drunkDrivingWithPleaUnderExpeditedProcedureIsSimpleAndFast() {
        Classification c = standard.classify(drunkDrivingWithPlea());

        assertEquals(Complexity.SIMPLE, c.complexity());
        assertEquals(SpeedTrack.FAST, c.speedTrack());
        assertEquals(Severity.LIGHT, c.severity());
        assertEquals("PR-DRUNK-DRIVING", c.matchedCategoryId());
    }

    @Test
    void intentionalHomicideByThreeSuspectsUnderOrdinaryProcedureIsComplexNormalAndSerious() {
        TriageFacts facts = prosecution().procedure(Procedure.ORDINARY).suspects(3).charges(INTENTIONAL_HOMICIDE)
                .possibleSentenceMonths(TriageFacts.LIFE_OR_DEATH).anyDetained(true).build();

        Classification c = standard.classify(facts);

        assertEquals(Complexity.COMPLEX, c.complexity());
        assertEquals(SpeedTrack.NORMAL, c.speedTrack());
        assertEquals(Severity.SERIOUS, c.severity());
        assertNull(c.matchedCategoryId());
    }

    @Test
    void aMatchedRuleRecordsTheStandardVersion() {
        assertEquals(TestStandards.VERSION, standard.classify(drunkDrivingWithPlea()).standardVersion());
        assertEquals(8, standard.withVersion(8).classify(drunkDrivingWithPlea()).standardVersion());
    }

    @Test
    void aPossibleSentenceOfExactlyThirtySixMonthsIsLight() {
        TriageFacts facts = prosecution().procedure(Procedure.ORDINARY).charges(INTENTIONAL_INJURY)
                .possibleSentenceMonths(36).build();

        assertEquals(Severity.LIGHT, standard.classify(facts).severity());
    }

    @Test
    void aPossibleSentenceOfThirtySevenMonthsIsSerious() {
        TriageFacts facts = prosecution().procedure(Procedure.ORDINARY).charges(INTENTIONAL_INJURY)
                .possibleSentenceMonths(37).build();

        assertEquals(Severity.SERIOUS, standard.classify(facts).severity());
    }

    @Test
    void theSeverityThresholdIsPartOfTheStandard() {
        ClassificationStandard strict = new ClassificationStandard(1, standard.categories(), 12, FastTrackCriteria.ALL);
        TriageFacts facts = prosecution().possibleSentenceMonths(13).build();

        assertEquals(Severity.SERIOUS, strict.classify(facts).severity());
        assertEquals(Severity.LIGHT, standard.classify(facts).severity());
    }

    @Test
    void aMinorSuspectKeepsTheCaseOutOfTheSimpleCategories() {
        TriageFacts facts = prosecution().procedure(Procedure.SUMMARY).guiltyPlea(true).charges(DANGEROUS_DRIVING)
                .possibleSentenceMonths(6).anyMinor(true).build();

        Classification c = standard.classify(facts);

        assertEquals(Complexity.COMPLEX, c.complexity());
        assertTrue(c.complexityReason().zh().contains("有未成年犯罪嫌疑人"), c.complexityReason().zh());
        assertTrue(c.complexityReason().en().contains("minor suspect"), c.complexityReason().en());
    }

    @Test
    void aSensitiveCaseIsNeverSimple() {
        TriageFacts facts = prosecution().procedure(Procedure.EXPEDITED).guiltyPlea(true).charges(DANGEROUS_DRIVING)
                .possibleSentenceMonths(6).sensitive(true).build();

        assertEquals(Complexity.COMPLEX, standard.classify(facts).complexity());
    }

    @Test
    void aCaseFromASupervisoryCommissionIsNeverSimple() {
        TriageFacts facts = TriageFacts.builder(BusinessType.ARREST_REVIEW).guiltyPlea(true).possibleSentenceMonths(24)
                .transferredBySupervisoryCommission(true).build();

        assertEquals(Complexity.COMPLEX, standard.classify(facts).complexity());
    }

    @Test
    void withoutAGuiltyPleaTheCaseIsComplex() {
        TriageFacts facts = prosecution().procedure(Procedure.SUMMARY).charges(DANGEROUS_DRIVING)
                .possibleSentenceMonths(6).build();

        Classification c = standard.classify(facts);

        assertEquals(Complexity.COMPLEX, c.complexity());
        assertEquals(SpeedTrack.NORMAL, c.speedTrack());
    }

    @Test
    void tooManySuspectsMakeTheCaseComplex() {
        TriageFacts facts = prosecution().procedure(Procedure.SUMMARY).guiltyPlea(true).charges(THEFT).suspects(3)
                .possibleSentenceMonths(10).build();

        assertEquals(Complexity.COMPLEX, standard.classify(facts).complexity());
    }

    @Test
    void aSecondChargeOutsideTheCategoryMakesTheCaseComplex() {
        TriageFacts facts = prosecution().procedure(Procedure.EXPEDITED).guiltyPlea(true)
                .charges(DANGEROUS_DRIVING, INTENTIONAL_INJURY).possibleSentenceMonths(6).build();

        assertEquals(Complexity.COMPLEX, standard.classify(facts).complexity());
    }

    @Test
    void aCaseWithNoChargeYetMatchesOnlyCategoriesOpenToAnyCharge() {
        TriageFacts prosecution = prosecution().procedure(Procedure.EXPEDITED).guiltyPlea(true)
                .possibleSentenceMonths(6).build();
        TriageFacts arrest = TriageFacts.builder(BusinessType.ARREST_REVIEW).guiltyPlea(true)
                .possibleSentenceMonths(24).build();

        assertEquals(Complexity.COMPLEX, standard.classify(prosecution).complexity());
        assertEquals("AR-SINGLE", standard.classify(arrest).matchedCategoryId());
    }

    @Test
    void aCategoryAppliesOnlyToItsBusinessTypes() {
        TriageFacts appeal = TriageFacts.builder(BusinessType.CRIMINAL_APPEAL).procedure(Procedure.EXPEDITED)
                .guiltyPlea(true).charges(DANGEROUS_DRIVING).possibleSentenceMonths(6).build();

        assertEquals(Complexity.COMPLEX, standard.classify(appeal).complexity());
    }

    @Test
    void theSentencingRecommendationDecidesOnceMade() {
        TriageFacts.Builder theft = prosecution().procedure(Procedure.SUMMARY).guiltyPlea(true).charges(THEFT)
                .possibleSentenceMonths(36);

        assertEquals(Complexity.COMPLEX, standard.classify(theft.build()).complexity());
        Classification recommended = standard.classify(theft.recommendation(8, 10).build());
        assertEquals("PR-THEFT", recommended.matchedCategoryId());
        assertTrue(recommended.complexityReason().zh().contains("量刑建议不超过12个月"), recommended.explanationZh());
        assertTrue(recommended.complexityReason().en().contains("sentencing recommendation ≤ 12 months"),
                recommended.explanationEn());
    }

    @Test
    void theFirstMatchingCategoryWins() {
        SimpleCaseCategory broad = new SimpleCaseCategory("PR-ANY-EXPEDITED", "其他速裁", "Other expedited",
                TestStandards.drunkDriving().businessTypes(), Set.of(Procedure.EXPEDITED), true, 1, 12,
                List.of(), true, true);
        ClassificationStandard broadFirst = new ClassificationStandard(1, List.of(broad, TestStandards.drunkDriving()));
        ClassificationStandard narrowFirst =
                new ClassificationStandard(1, List.of(TestStandards.drunkDriving(), broad));

        assertEquals("PR-ANY-EXPEDITED", broadFirst.classify(drunkDrivingWithPlea()).matchedCategoryId());
        assertEquals("PR-DRUNK-DRIVING", narrowFirst.classify(drunkDrivingWithPlea()).matchedCategoryId());
    }

    @Test
    void summaryProcedureWithGuiltyPleaIsFastEvenWhenComplex() {
        TriageFacts facts = prosecution().procedure(Procedure.SUMMARY).guiltyPlea(true).charges(INTENTIONAL_INJURY)
                .possibleSentenceMonths(36).suspects(4).build();

        Classification c = standard.classify(facts);

        assertEquals(Complexity.COMPLEX, c.complexity());
        assertEquals(SpeedTrack.FAST, c.speedTrack());
        assertEquals("fast: summary procedure with guilty plea", c.speedReason().en());
    }

    @Test
    void expeditedProcedureIsFastEvenWhenComplex() {
        TriageFacts facts = prosecution().procedure(Procedure.EXPEDITED).guiltyPlea(true).charges(INTENTIONAL_INJURY)
                .possibleSentenceMonths(24).build();

        assertEquals(SpeedTrack.FAST, standard.classify(facts).speedTrack());
    }

    @Test
    void aFastTrackCriterionSwitchedOffIsIgnored() {
        ClassificationStandard onlySimple = new ClassificationStandard(1, standard.categories(), 36,
                new FastTrackCriteria(false, false, true));
        TriageFacts complexExpedited = prosecution().procedure(Procedure.EXPEDITED).guiltyPlea(true)
                .charges(INTENTIONAL_INJURY).possibleSentenceMonths(24).build();

        assertEquals(SpeedTrack.NORMAL, onlySimple.classify(complexExpedited).speedTrack());
        assertEquals(SpeedTrack.FAST, onlySimple.classify(drunkDrivingWithPlea()).speedTrack());
    }

    @Test
    void theSimpleCaseExplanationTellsTheFactsInBothLanguages() {
        TriageFacts facts = drunkDrivingWithPlea();
        SimpleCaseCategory category = TestStandards.drunkDriving();

        assertEquals("简案：速裁程序、认罪认罚、可能判处刑罚不超过6个月、罪名为危险驾驶罪、犯罪嫌疑人1名、无未成年犯罪嫌疑人、非敏感案件",
                category.explain(facts, Locale.SIMPLIFIED_CHINESE));
        assertEquals("simple: expedited procedure, guilty plea, sentence ≤ 6 months, charge 危险驾驶罪, 1 suspect, "
                + "no minor suspect, not sensitive", category.explain(facts, Locale.ENGLISH));
    }

    @Test
    void theClassificationExplainsEveryAxis() {
        Classification c = standard.classify(drunkDrivingWithPlea());

        assertEquals(c.complexityReason().zh() + "；快速办理：适用速裁程序；轻罪：可能判处刑罚6个月，不超过36个月",
                c.explanationZh());
        assertEquals(c.complexityReason().en() + "; fast: expedited procedure; light: possible sentence 6 months, "
                + "not above 36 months", c.explanationEn());
        assertEquals(c.explanationZh(), c.explanation(Locale.CHINA));
        assertEquals(c.explanationEn(), c.explanation(Locale.GERMAN));
    }

    @Test
    void theComplexCaseExplanationTellsTheFacts() {
        TriageFacts facts = prosecution().procedure(Procedure.ORDINARY).suspects(3).charges(INTENTIONAL_HOMICIDE)
                .possibleSentenceMonths(TriageFacts.LIFE_OR_DEATH).build();

        Classification c = standard.classify(facts);

        assertEquals("繁案：不符合第7版分类标准的任何简案类别（审查起诉、普通程序、未认罪认罚、犯罪嫌疑人3名、可能判处刑罚无期徒刑或死刑）",
                c.complexityReason().zh());
        assertEquals("complex: no simple-case category of standard version 7 applies (prosecution review, "
                + "ordinary procedure, no guilty plea, 3 suspects, possible sentence life imprisonment or death)",
                c.complexityReason().en());
        assertTrue(c.explanationZh().contains("普通办理：不符合快速办理条件"), c.explanationZh());
        assertTrue(c.explanationZh().contains("重罪：可能判处刑罚无期徒刑或死刑，超过36个月"), c.explanationZh());
    }
}
