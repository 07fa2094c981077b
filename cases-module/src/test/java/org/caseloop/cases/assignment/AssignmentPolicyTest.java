package org.caseloop.cases.assignment;

import org.caseloop.cases.api.BusinessType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentPolicyTest {

    private static HandlerCandidate handler(long id, String name, int weight) {
        return new HandlerCandidate(id, name, true, false, weight);
    }

    private static HandlerCandidate onLeave(long id, String name, int weight) {
        return new HandlerCandidate(id, name, true, true, weight);
    }

    @Test
    void simpleCaseGoesToTheLeastLoadedTeamAndItsLightestHandler() {
        List<TeamCandidate> teams = List.of(new TeamCandidate(1, "快审一组", 10, 15),
                new TeamCandidate(2, "快审二组", 10, 12), new TeamCandidate(3, "快审三组", 20, 14));
        Map<Long, List<HandlerCandidate>> members = Map.of(
                1L, List.of(handler(11, "李娜", 3)),
                2L, List.of(handler(21, "王伟", 5), handler(22, "张敏", 7)),
                3L, List.of(handler(31, "陈静", 1)));

        AssignmentDecision d = AssignmentPolicy.fastTrial(BusinessType.PROSECUTION_REVIEW, teams, members::get)
                .orElseThrow();

        assertEquals(2L, d.teamId());
        assertEquals(21L, d.handlerId());
        assertEquals(10L, d.departmentId());
        assertEquals("快审二组：可办理审查起诉的3个快审团队中在办案件最少（12件）；承办人王伟在办权重最低（5）",
                d.explanation().zh());
        assertTrue(d.explanation().en().startsWith("快审二组: fewest open cases (12) of the 3 fast-trial teams"));
    }

    @Test
    void aTeamWhoseMembersAreAllOnLeaveIsPassedOver() {
        List<TeamCandidate> teams = List.of(new TeamCandidate(1, "快审一组", 10, 2),
                new TeamCandidate(2, "快审二组", 10, 9));
        Map<Long, List<HandlerCandidate>> members = Map.of(
                1L, List.of(onLeave(11, "李娜", 0)),
                2L, List.of(handler(21, "王伟", 5)));

        AssignmentDecision d = AssignmentPolicy.fastTrial(BusinessType.ARREST_REVIEW, teams, members::get)
                .orElseThrow();

        assertEquals(2L, d.teamId());
        assertTrue(d.explanation().zh().contains("在办更少的1个团队无可用承办人"));
    }

    @Test
    void membersWithoutTheHandlerRoleDoNotTakeCases() {
        List<TeamCandidate> teams = List.of(new TeamCandidate(1, "快审一组", 10, 0));
        Map<Long, List<HandlerCandidate>> members = Map.of(1L,
                List.of(new HandlerCandidate(11, "主任", false, false, 0), handler(12, "王伟", 4)));

        assertEquals(12L, AssignmentPolicy.fastTrial(BusinessType.ARREST_REVIEW, teams, members::get)
                .orElseThrow().handlerId());
    }

    @Test
    void noFastTrialTeamAvailableGivesNothing() {
        Optional<AssignmentDecision> d = AssignmentPolicy.fastTrial(BusinessType.ARREST_REVIEW,
                List.of(new TeamCandidate(1, "快审一组", 10, 0)), id -> List.of(onLeave(11, "李娜", 0)));
        assertTrue(d.isEmpty());
        assertTrue(AssignmentPolicy.fastTrial(BusinessType.ARREST_REVIEW, List.of(), id -> List.of()).isEmpty());
    }

    @Test
    void teamTiesGoToTheLowestId() {
        List<TeamCandidate> teams = List.of(new TeamCandidate(7, "快审七组", 10, 3),
                new TeamCandidate(4, "快审四组", 10, 3));
        AssignmentDecision d = AssignmentPolicy.fastTrial(BusinessType.ARREST_REVIEW, teams,
                id -> List.of(handler(id * 10, "甲", 0))).orElseThrow();
        assertEquals(4L, d.teamId());
    }

    @Test
    void rotationBalancesByOpenWeight() {
        AssignmentDecision d = AssignmentPolicy.rotation(20L, "第二检察部",
                List.of(handler(1, "赵强", 8), handler(2, "孙丽", 4), handler(3, "周杰", 6)));
        assertEquals(2L, d.handlerId());
        assertNull(d.teamId());
        assertEquals("第二检察部轮案：3名可办案承办人中孙丽在办权重最低（4）", d.explanation().zh());
    }

    @Test
    void rotationTiesGoToTheLowestId() {
        AssignmentDecision d = AssignmentPolicy.rotation(20L, "第二检察部",
                List.of(handler(9, "赵强", 4), handler(5, "孙丽", 4)));
        assertEquals(5L, d.handlerId());
    }

    @Test
    void rotationSkipsHandlersOnLeave() {
        AssignmentDecision d = AssignmentPolicy.rotation(20L, "第二检察部",
                List.of(onLeave(1, "赵强", 0), handler(2, "孙丽", 9)));
        assertEquals(2L, d.handlerId());
        assertTrue(d.explanation().zh().contains("1名可办案承办人"));
    }

    @Test
    void nobodyAvailableLeavesTheCaseUnassignedWithTheReason() {
        AssignmentDecision d = AssignmentPolicy.rotation(80L, "控告申诉检察部", List.of(onLeave(1, "赵强", 0)));
        assertFalse(d.assigned());
        assertEquals(80L, d.departmentId());
        assertTrue(d.explanation().zh().contains("暂未分案"));
        assertTrue(d.explanation().en().contains("unassigned"));
    }

    @Test
    void noDepartmentInChargeLeavesTheCaseUnassigned() {
        AssignmentDecision d = AssignmentPolicy.rotation(null, "D08", List.of());
        assertFalse(d.assigned());
        assertNull(d.departmentId());
    }

    @Test
    void aFallbackSaysTheFastTrialTeamsWereUnavailable() {
        AssignmentDecision d = AssignmentPolicy.fallback(AssignmentPolicy.rotation(20L, "第二检察部",
                List.of(handler(2, "孙丽", 1))));
        assertEquals(2L, d.handlerId());
        assertTrue(d.explanation().zh().startsWith("无可用的快审团队，转入轮案；"));
    }
}
