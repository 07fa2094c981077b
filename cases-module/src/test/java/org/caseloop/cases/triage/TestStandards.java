package org.caseloop.cases.triage;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.Procedure;

import java.util.List;
import java.util.Set;

/** A small standard built in code, so that the rule tests do not depend on the shipped default. */
final class TestStandards {

    static final String DANGEROUS_DRIVING = "C02043";
    static final String THEFT = "C05002";
    static final String INTENTIONAL_INJURY = "C04003";
    static final String INTENTIONAL_HOMICIDE = "C04001";

    static final int VERSION = 7;

    private TestStandards() {
    }

    static SimpleCaseCategory drunkDriving() {
        return new SimpleCaseCategory("PR-DRUNK-DRIVING", "危险驾驶（醉驾）", "Drunk driving",
                Set.of(BusinessType.PROSECUTION_REVIEW), Set.of(Procedure.EXPEDITED, Procedure.SUMMARY), true, 1, 6,
                List.of(new ChargeRef(DANGEROUS_DRIVING, "危险驾驶罪")), true, true);
    }

    static SimpleCaseCategory theft() {
        return new SimpleCaseCategory("PR-THEFT", "盗窃（数额较大）", "Theft",
                Set.of(BusinessType.PROSECUTION_REVIEW), Set.of(Procedure.EXPEDITED, Procedure.SUMMARY), true, 2, 12,
                List.of(new ChargeRef(THEFT, "盗窃罪")), true, true);
    }

    /** Any charge, no procedure: arrest review decides before a procedure is chosen. */
    static SimpleCaseCategory arrestReviewSingleSuspect() {
        return new SimpleCaseCategory("AR-SINGLE", "审查逮捕：单人认罪", "Arrest review, single suspect",
                Set.of(BusinessType.ARREST_REVIEW), Set.of(), true, 1, 36, List.of(), true, true);
    }

    static ClassificationStandard standard() {
        return new ClassificationStandard(VERSION, List.of(drunkDriving(), theft(), arrestReviewSingleSuspect()));
    }

    static TriageFacts.Builder prosecution() {
        return TriageFacts.builder(BusinessType.PROSECUTION_REVIEW);
    }

    static TriageFacts drunkDrivingWithPlea() {
        return prosecution().procedure(Procedure.EXPEDITED).guiltyPlea(true).charges(DANGEROUS_DRIVING)
                .possibleSentenceMonths(6).build();
    }
}
