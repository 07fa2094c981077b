package org.caseloop.cases.casefile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.caseloop.cases.casefile.Stage.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageTest {

    @Test
    void theFlowRunsFromIntakeToClosure() {
        assertTrue(RECEIVED.canMoveTo(ASSIGNED));
        assertTrue(ASSIGNED.canMoveTo(UNDER_REVIEW));
        assertTrue(UNDER_REVIEW.canMoveTo(PENDING_DECISION));
        assertTrue(PENDING_DECISION.canMoveTo(DECIDED));
        assertTrue(DECIDED.canMoveTo(CLOSED));
    }

    @Test
    void supplementaryInvestigationGoesOutFromReviewAndComesBackToReview() {
        assertTrue(UNDER_REVIEW.canMoveTo(SUPPLEMENTARY_INVESTIGATION));
        assertEquals(Set.of(UNDER_REVIEW), SUPPLEMENTARY_INVESTIGATION.next());
        assertFalse(PENDING_DECISION.canMoveTo(SUPPLEMENTARY_INVESTIGATION));
    }

    @Test
    void aPendingDecisionCanBeSentBackForMoreReview() {
        assertTrue(PENDING_DECISION.canTransitionTo(UNDER_REVIEW));
    }

    @Test
    void noSkippingAndNoWayBackFromADecision() {
        assertFalse(RECEIVED.canMoveTo(UNDER_REVIEW));
        assertFalse(ASSIGNED.canMoveTo(DECIDED));
        assertFalse(UNDER_REVIEW.canMoveTo(DECIDED));
        assertFalse(DECIDED.canMoveTo(UNDER_REVIEW));
        assertTrue(CLOSED.next().isEmpty());
    }

    @Test
    void assignmentAndSupplementaryInvestigationNeedTheirOwnOperations() {
        assertFalse(RECEIVED.canTransitionTo(ASSIGNED));
        assertFalse(UNDER_REVIEW.canTransitionTo(SUPPLEMENTARY_INVESTIGATION));
        assertFalse(SUPPLEMENTARY_INVESTIGATION.canTransitionTo(UNDER_REVIEW));
        assertEquals(Set.of(PENDING_DECISION), UNDER_REVIEW.manualTransitions());
        assertTrue(RECEIVED.manualTransitions().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void inProgressUntilDecided(Stage stage) {
        assertEquals(!EnumSet.of(DECIDED, CLOSED).contains(stage), stage.inProgress());
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void noStageMovesToItself(Stage stage) {
        assertFalse(stage.canMoveTo(stage));
    }

    @Test
    void theStagesInProgressAreThoseNotYetDecided() {
        assertEquals(List.of(Stage.DECIDED, Stage.CLOSED), Stage.inProgress(false));
        assertTrue(Stage.inProgress(true).stream().allMatch(Stage::inProgress));
        assertEquals(Stage.values().length, Stage.inProgress(true).size() + Stage.inProgress(false).size());
    }
}
