package org.caseloop.cases.triage;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.Complexity;
import org.caseloop.cases.api.Procedure;
import org.caseloop.cases.api.SpeedTrack;
import org.caseloop.cases.charges.CatalogueMigration;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefaultStandardTest {

    private final ClassificationStandard standard = StandardCodec.readDefault();

    @Test
    void theDefaultStandardHasExactlyTwentyFourCategoriesWithUniqueIds() {
        assertEquals(24, standard.categories().size());
        assertEquals(24, standard.categories().stream().map(SimpleCaseCategory::id).distinct().count());
    }

    @Test
    void theDefaultStandardCanBePublishedAsVersionOne() {
        assertEquals(List.of(), standard.violations());
        assertEquals(1, standard.version());
        assertEquals(ClassificationStandard.DEFAULT_SEVERITY_THRESHOLD_MONTHS, standard.severityThresholdMonths());
        assertEquals(FastTrackCriteria.ALL, standard.fastTrack());
    }

    @Test
    void itCoversArrestReviewAndProsecutionReview() {
        assertEquals(EnumSet.of(BusinessType.ARREST_REVIEW, BusinessType.PROSECUTION_REVIEW),
                standard.categories().stream().flatMap(c -> c.businessTypes().stream())
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(BusinessType.class))));
    }

    @Test
    void everyCategoryAsksForAGuiltyPleaAndLeavesOutMinorsAndSensitiveCases() {
        assertAll(standard.categories().stream().map(c -> () -> assertTrue(
                c.guiltyPleaRequired() && c.excludesMinors() && c.excludesSensitive(), c.id())));
    }

    @Test
    void noCategoryReachesBeyondTheLightOffences() {
        assertAll(standard.categories().stream().map(c -> () -> assertTrue(
                c.maxSentenceMonths() != null && c.maxSentenceMonths() <= standard.severityThresholdMonths(), c.id())));
    }

    @Test
    void everyChargeNamedIsInTheCatalogueUnderTheSameName() {
        Map<String, String> catalogue = CatalogueMigration.rows().stream()
                .collect(Collectors.toMap(CatalogueMigration.Row::code, CatalogueMigration.Row::name));
        assertAll(standard.categories().stream().flatMap(c -> c.charges().stream())
                .map(charge -> () -> assertEquals(charge.name(), catalogue.get(charge.code()), charge.code())));
    }

    @Test
    void drunkDrivingWithPleaUnderExpeditedProcedureIsSimpleAndFast() {
        TriageFacts facts = TriageFacts.builder(BusinessType.PROSECUTION_REVIEW).procedure(Procedure.EXPEDITED)
                .guiltyPlea(true).charges("C02043").possibleSentenceMonths(6).build();

        Classification c = standard.classify(facts);

        assertEquals(Complexity.SIMPLE, c.complexity());
        assertEquals(SpeedTrack.FAST, c.speedTrack());
        assertEquals("PR-DANGEROUS-DRIVING", c.matchedCategoryId());
        assertEquals("简案：速裁程序、认罪认罚、可能判处刑罚不超过6个月、罪名为危险驾驶罪、犯罪嫌疑人1名、无未成年犯罪嫌疑人、非敏感案件",
                c.complexityReason().zh());
    }

    @Test
    void aSingleTheftSuspectWhoPleadsGuiltyIsASimpleArrestReview() {
        TriageFacts facts = TriageFacts.builder(BusinessType.ARREST_REVIEW).guiltyPlea(true).charges("C05002")
                .possibleSentenceMonths(24).anyDetained(true).build();

        Classification c = standard.classify(facts);

        assertEquals("AR-PROPERTY", c.matchedCategoryId());
        assertEquals(SpeedTrack.FAST, c.speedTrack());
    }

    @Test
    void aTrafficAccidentWithHitAndRunIsComplex() {
        // Hit-and-run raises the range to three to seven years (art. 133), beyond the category's 36 months.
        TriageFacts facts = TriageFacts.builder(BusinessType.PROSECUTION_REVIEW).procedure(Procedure.SUMMARY)
                .guiltyPlea(true).charges("C02042").possibleSentenceMonths(84).build();

        assertEquals(Complexity.COMPLEX, standard.classify(facts).complexity());
    }
}
