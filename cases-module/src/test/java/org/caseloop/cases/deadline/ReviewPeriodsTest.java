package org.caseloop.cases.deadline;

import static org.caseloop.cases.api.BusinessType.ARREST_REVIEW;
import static org.caseloop.cases.api.BusinessType.CIVIL_APPEAL;
import static org.caseloop.cases.api.BusinessType.CRIMINAL_APPEAL;
import static org.caseloop.cases.api.BusinessType.PROSECUTION_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.caseloop.cases.api.BusinessType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The review-period table of legal-rules §2. */
class ReviewPeriodsTest {

    static Stream<Arguments> reviewPeriodTable() {
        return Stream.of(
                Arguments.of("arrest review, suspect detained",
                        ReviewPeriodQuery.of(ARREST_REVIEW).withSuspectDetained(),
                        "P7D", "CPL art. 91; SPP Rules art. 282"),
                Arguments.of("arrest review, suspect not detained",
                        ReviewPeriodQuery.of(ARREST_REVIEW),
                        "P15D", "SPP Rules art. 282"),
                Arguments.of("arrest review, suspect not detained, major or complex",
                        ReviewPeriodQuery.of(ARREST_REVIEW).withMajorOrComplex(),
                        "P20D", "SPP Rules art. 282"),
                Arguments.of("arrest review, suspect detained, major or complex",
                        ReviewPeriodQuery.of(ARREST_REVIEW).withSuspectDetained().withMajorOrComplex(),
                        "P7D", "CPL art. 91; SPP Rules art. 282"),
                Arguments.of("transferred by a supervisory commission under retention",
                        ReviewPeriodQuery.of(ARREST_REVIEW).withSupervisoryRetention(),
                        "P10D", "CPL art. 170"),
                Arguments.of("prosecution review",
                        ReviewPeriodQuery.of(PROSECUTION_REVIEW),
                        "P1M", "CPL art. 172"),
                Arguments.of("prosecution review, major or complex, not extended",
                        ReviewPeriodQuery.of(PROSECUTION_REVIEW).withMajorOrComplex(),
                        "P1M", "CPL art. 172"),
                Arguments.of("prosecution review, guilty plea, expedited, one year at most",
                        ReviewPeriodQuery.of(PROSECUTION_REVIEW).withExpeditedGuiltyPlea(12),
                        "P10D", "CPL art. 172"),
                Arguments.of("prosecution review, guilty plea, expedited, over one year",
                        ReviewPeriodQuery.of(PROSECUTION_REVIEW).withExpeditedGuiltyPlea(13),
                        "P15D", "CPL art. 172"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("reviewPeriodTable")
    void reviewPeriodTable(String description, ReviewPeriodQuery query, String period, String source) {
        ReviewPeriod reviewPeriod = ReviewPeriods.periodFor(query).orElseThrow();
        assertEquals(LegalPeriod.parse(period), reviewPeriod.period());
        assertEquals(source, reviewPeriod.source());
        assertEquals(Optional.empty(), reviewPeriod.extension());
    }

    @Test
    void majorOrComplexProsecutionReviewMayBeExtendedByFifteenDays() {
        ReviewPeriod reviewPeriod = ReviewPeriods.periodFor(
                ReviewPeriodQuery.of(PROSECUTION_REVIEW).withMajorOrComplex().withExtension(15)).orElseThrow();
        assertEquals(LegalPeriod.ofMonths(1), reviewPeriod.period());
        assertEquals(Optional.of(LegalPeriod.ofDays(15)), reviewPeriod.extension());
    }

    @Test
    void retentionCaseMayBeExtendedByOneToFourDays() {
        for (int days = 1; days <= 4; days++) {
            ReviewPeriod reviewPeriod = ReviewPeriods.periodFor(
                    ReviewPeriodQuery.of(ARREST_REVIEW).withSupervisoryRetention().withExtension(days)).orElseThrow();
            assertEquals(LegalPeriod.ofDays(10), reviewPeriod.period());
            assertEquals(Optional.of(LegalPeriod.ofDays(days)), reviewPeriod.extension());
        }
    }

    @Test
    void extensionsTheLawDoesNotAllowAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ReviewPeriods.periodFor(
                ReviewPeriodQuery.of(ARREST_REVIEW).withSupervisoryRetention().withExtension(5)));
        assertThrows(IllegalArgumentException.class, () -> ReviewPeriods.periodFor(
                ReviewPeriodQuery.of(ARREST_REVIEW).withMajorOrComplex().withExtension(5)));
        assertThrows(IllegalArgumentException.class, () -> ReviewPeriods.periodFor(
                ReviewPeriodQuery.of(PROSECUTION_REVIEW).withExtension(15)));
        assertThrows(IllegalArgumentException.class, () -> ReviewPeriods.periodFor(
                ReviewPeriodQuery.of(PROSECUTION_REVIEW).withMajorOrComplex().withExtension(10)));
        assertThrows(IllegalArgumentException.class, () -> ReviewPeriods.periodFor(
                ReviewPeriodQuery.of(PROSECUTION_REVIEW).withExpeditedGuiltyPlea(24).withExtension(5)));
    }

    @ParameterizedTest
    @EnumSource(value = BusinessType.class, names = {"CRIMINAL_APPEAL", "CIVIL_APPEAL"})
    void appealsHaveNoStatutoryReviewPeriodInOurRules(BusinessType appeal) {
        assertEquals(Optional.empty(), ReviewPeriods.periodFor(ReviewPeriodQuery.of(appeal)));
    }

    @Test
    void reasonNamesTheSourceArticleInEitherLanguage() {
        ReviewPeriod detained = ReviewPeriods.periodFor(ReviewPeriodQuery.of(ARREST_REVIEW).withSuspectDetained())
                .orElseThrow();
        assertEquals("Arrest review on a police request, suspect detained: decide within 7 days of receiving the "
                + "request (CPL art. 91; SPP Rules art. 282)", detained.reason(Locale.ENGLISH));
        assertTrue(detained.reason(Locale.CHINESE).contains("7日以内"), detained.reason(Locale.CHINESE));
        assertTrue(detained.reason(Locale.CHINESE).contains("第九十一条"), detained.reason(Locale.CHINESE));

        ReviewPeriod extended = ReviewPeriods.periodFor(
                ReviewPeriodQuery.of(PROSECUTION_REVIEW).withMajorOrComplex().withExtension(15)).orElseThrow();
        assertEquals("Prosecution review: decide within 1 month (CPL art. 172); extended by 15 days",
                extended.reason(Locale.ENGLISH));
        assertEquals("审查起诉：1个月以内作出决定（《刑事诉讼法》第一百七十二条）；已延长15日",
                extended.reason(Locale.CHINESE));
    }

    @Test
    void everyRuleHasAReasonInBothLanguages() {
        for (ReviewPeriodRule rule : ReviewPeriodRule.values()) {
            ReviewPeriod reviewPeriod = new ReviewPeriod(rule, Optional.empty());
            assertTrue(reviewPeriod.reason(Locale.ENGLISH).contains(rule.source()), rule.name());
            assertTrue(reviewPeriod.reason(Locale.CHINESE).contains("条"), rule.name());
        }
    }

    @Test
    void businessTypesCarryTheirChineseNames() {
        assertEquals("审查逮捕", ARREST_REVIEW.chineseName());
        assertEquals("审查起诉", PROSECUTION_REVIEW.chineseName());
        assertEquals("刑事申诉", CRIMINAL_APPEAL.chineseName());
        assertEquals("民事申诉", CIVIL_APPEAL.chineseName());
    }
}
