package org.caseloop.cases.casefile;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.Complexity;
import org.caseloop.cases.api.Procedure;
import org.caseloop.cases.api.Severity;
import org.caseloop.cases.api.SpeedTrack;
import org.caseloop.cases.deadline.ReviewPeriodRule;
import org.caseloop.cases.deadline.ReviewPeriods;
import org.caseloop.platform.organisation.OrgLevel;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.security.UserContext;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a case that do not need the database: its review period, extension, weight and who may act. */
class CaseRulesTest {

    private static CaseFile prosecution(boolean majorComplex, Procedure procedure, boolean detained) {
        CaseFile c = new CaseFile(1, BusinessType.PROSECUTION_REVIEW, "局", "1号", "h", LocalDate.of(2026, 11, 20),
                Instant.EPOCH, "caseoffice");
        c.describe(procedure, procedure == Procedure.EXPEDITED, 6, null, null, false, false, majorComplex, detained,
                null);
        c.classify(Complexity.COMPLEX, SpeedTrack.NORMAL, Severity.LIGHT, 1, null, "繁案", "complex");
        return c;
    }

    private static UserContext user(long id, Long department, Role... roles) {
        return new UserContext(id, "u" + id, "用户" + id, Set.of(roles), 1, OrgLevel.CITY, department, null, false);
    }

    @Test
    void theCaseFactsChooseTheReviewPeriod() {
        assertEquals(ReviewPeriodRule.PROSECUTION_REVIEW_EXPEDITED, ReviewPeriods.periodFor(
                CaseDeadlines.query(prosecution(false, Procedure.EXPEDITED, false), 0)).orElseThrow().rule());
        assertEquals(ReviewPeriodRule.PROSECUTION_REVIEW, ReviewPeriods.periodFor(
                CaseDeadlines.query(prosecution(false, Procedure.ORDINARY, true), 0)).orElseThrow().rule());
    }

    @Test
    void onlyAMajorOrComplexOrdinaryProsecutionReviewMayBeExtended() {
        assertTrue(CaseDeadlines.extensible(prosecution(true, Procedure.ORDINARY, false)));
        assertFalse(CaseDeadlines.extensible(prosecution(false, Procedure.ORDINARY, false)));
        assertFalse(CaseDeadlines.extensible(prosecution(true, Procedure.EXPEDITED, false)));
    }

    @Test
    void aComplexCaseWeighsTwice() {
        assertEquals(2, prosecution(false, Procedure.ORDINARY, false).weight());
    }

    @Test
    void aNewCaseIsReceivedAndInProgress() {
        CaseFile c = prosecution(false, Procedure.ORDINARY, false);
        assertEquals(Stage.RECEIVED, c.getStage());
        assertTrue(c.isInProgress());
        c.moveTo(Stage.DECIDED, Instant.EPOCH);
        assertFalse(c.isInProgress());
        assertEquals(Instant.EPOCH, c.getDecidedAt());
    }

    @Test
    void theHandlerTheDirectorAndLeadersMayWorkOnACase() {
        CaseFile c = prosecution(false, Procedure.ORDINARY, false);
        c.assign(6L, null, 17L, "轮案", "rotation", Instant.EPOCH);
        assertTrue(CaseAccess.mayWork(user(17, 6L, Role.HANDLER), c));
        assertFalse(CaseAccess.mayWork(user(18, 6L, Role.HANDLER), c));
        assertTrue(CaseAccess.mayWork(user(19, 6L, Role.DIRECTOR), c));
        assertFalse(CaseAccess.mayWork(user(19, 5L, Role.DIRECTOR), c));
        assertTrue(CaseAccess.mayWork(user(15, 9L, Role.DEPUTY_CHIEF), c));
        assertFalse(CaseAccess.mayWork(user(21, 8L, Role.CASE_OFFICE), c));
        assertTrue(CaseAccess.mayLabel(user(21, 8L, Role.CASE_OFFICE), c));
    }

    @Test
    void theActionsOfferedFollowTheRoles() {
        CaseFile c = prosecution(true, Procedure.ORDINARY, false);
        c.assign(6L, null, 17L, "轮案", "rotation", Instant.EPOCH);
        c.moveTo(Stage.UNDER_REVIEW, Instant.EPOCH);
        c.deadline(c.getReviewStart(), "P1M", LocalDate.of(2026, 12, 21), null, "zh", "en");
        assertEquals(java.util.List.of("transition", "supplementaryReturn", "risk", "labels"),
                CaseQueries.actions(user(17, 6L, Role.HANDLER), c));
        assertTrue(CaseQueries.actions(user(19, 6L, Role.DIRECTOR), c).contains("reassignment"));
        assertTrue(CaseQueries.actions(user(15, 9L, Role.DEPUTY_CHIEF), c).contains("extension"));
        assertFalse(CaseQueries.actions(user(17, 6L, Role.HANDLER), c).contains("extension"));
    }
}
