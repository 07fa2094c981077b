package org.caseloop.cases.triage;

import org.caseloop.cases.api.BusinessType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandardValidationTest {

    @Test
    void aWellFormedStandardCanBePublished() {
        assertEquals(List.of(), TestStandards.standard().violations());
    }

    @Test
    void aStandardWithoutCategoriesCannotBePublished() {
        assertEquals(List.of("The standard has no simple-case categories"),
                new ClassificationStandard(1, List.of()).violations());
    }

    @Test
    void aCategoryIdUsedTwiceIsReported() {
        ClassificationStandard standard = new ClassificationStandard(1,
                List.of(TestStandards.theft(), TestStandards.drunkDriving(), TestStandards.theft()));

        assertEquals(List.of("Category 3 (PR-THEFT): id is used by an earlier category"), standard.violations());
    }

    @Test
    void negativeMonthsAreReported() {
        SimpleCaseCategory negative = new SimpleCaseCategory("X", "某类", "Some", Set.of(BusinessType.ARREST_REVIEW),
                Set.of(), true, 1, -1, List.of(), true, true);
        ClassificationStandard standard = new ClassificationStandard(1, List.of(negative), -3, FastTrackCriteria.ALL);

        List<String> violations = standard.violations();

        assertEquals(2, violations.size(), violations::toString);
        assertTrue(violations.contains("Severity threshold months must not be negative: -3"));
        assertTrue(violations.contains("Category 1 (X): max sentence months must not be negative: -1"));
    }

    @Test
    void everyProblemOfACategoryIsListed() {
        SimpleCaseCategory empty = new SimpleCaseCategory(" ", "", null, null, null, false, 0, null,
                List.of(new ChargeRef("", "盗窃罪")), false, false);

        assertEquals(List.of("Category 1: id is blank", "Category 1: Chinese and English names are both required",
                        "Category 1: applies to no business type", "Category 1: max suspects must be at least 1: 0",
                        "Category 1: every charge needs a code and a name"),
                new ClassificationStandard(1, List.of(empty)).violations());
    }
}
