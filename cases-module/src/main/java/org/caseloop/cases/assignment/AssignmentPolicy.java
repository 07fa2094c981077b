package org.caseloop.cases.assignment;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.triage.Explanation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who takes a new case (分案、轮案), as a pure rule:
 * <ul>
 * <li>a simple case goes to the fast-trial team able to take its line of business with the fewest open cases,
 * and in it to the handler not on leave with the lowest open weight; a team where nobody is available is passed
 * over;</li>
 * <li>any other case (or a simple one no fast-trial team can take) rotates among the handlers not on leave of the
 * department in charge, to the one with the lowest open weight (simple 1, complex 2);</li>
 * <li>ties go to the lowest id, so the outcome never depends on the order of the lists;</li>
 * <li>if nobody can take the case it stays unassigned, with the reason.</li>
 * </ul>
 */
public final class AssignmentPolicy {

    private static final Comparator<TeamCandidate> BY_TEAM_LOAD =
            Comparator.comparingInt(TeamCandidate::openCases).thenComparingLong(TeamCandidate::id);
    private static final Comparator<HandlerCandidate> BY_WEIGHT =
            Comparator.comparingInt(HandlerCandidate::openWeight).thenComparingLong(HandlerCandidate::id);

    private AssignmentPolicy() {
    }

    /**
     * The fast-trial team and handler for a simple case.
     *
     * @param membersOf the members of a team (by team id), with their loads
     * @return empty when no team has an available handler
     */
    public static Optional<AssignmentDecision> fastTrial(BusinessType type, List<TeamCandidate> teams,
                                                         Function<Long, List<HandlerCandidate>> membersOf) {
        List<TeamCandidate> ordered = teams.stream().sorted(BY_TEAM_LOAD).toList();
        for (int i = 0; i < ordered.size(); i++) {
            TeamCandidate team = ordered.get(i);
            Optional<HandlerCandidate> handler = lowestWeight(membersOf.apply(team.id()));
            if (handler.isPresent()) {
                HandlerCandidate h = handler.get();
                String skippedZh = i == 0 ? "" : "（在办更少的" + i + "个团队无可用承办人）";
                String skippedEn = i == 0 ? "" : " (" + i + " team(s) with fewer open cases have no available handler)";
                Explanation why = new Explanation(
                        team.name() + "：可办理" + type.chineseName() + "的" + teams.size() + "个快审团队中在办案件最少（"
                                + team.openCases() + "件）" + skippedZh + "；承办人" + h.name() + "在办权重最低（"
                                + h.openWeight() + "）",
                        team.name() + ": fewest open cases (" + team.openCases() + ") of the " + teams.size()
                                + " fast-trial teams for " + english(type) + skippedEn + "; handler " + h.name()
                                + " has the lowest open weight (" + h.openWeight() + ")");
                return Optional.of(new AssignmentDecision(team.departmentId(), team.id(), h.id(), why));
            }
        }
        return Optional.empty();
    }

    /**
     * Rotation among the department's handlers.
     *
     * @param departmentId   null when the procuratorate has no department in charge of the business type
     * @param departmentName the department's name, for the explanation
     */
    public static AssignmentDecision rotation(Long departmentId, String departmentName, List<HandlerCandidate> staff) {
        if (departmentId == null) {
            return new AssignmentDecision(null, null, null, new Explanation(
                    "本院没有负责该类案件的部门（" + departmentName + "），案件暂未分案",
                    "No department in charge (" + departmentName + "); the case stays unassigned"));
        }
        long available = staff.stream().filter(HandlerCandidate::available).count();
        Optional<HandlerCandidate> handler = lowestWeight(staff);
        if (handler.isEmpty()) {
            return new AssignmentDecision(departmentId, null, null, new Explanation(
                    departmentName + "没有可办案的承办人（无承办人或均在休假），案件暂未分案，待部门主任指定",
                    departmentName + " has no available handler (none, or all on leave); the case stays unassigned "
                            + "until the director assigns it"));
        }
        HandlerCandidate h = handler.get();
        return new AssignmentDecision(departmentId, null, h.id(), new Explanation(
                departmentName + "轮案：" + available + "名可办案承办人中" + h.name() + "在办权重最低（" + h.openWeight()
                        + "）",
                "Rotation in " + departmentName + ": " + h.name() + " has the lowest open weight (" + h.openWeight()
                        + ") of " + available + " available handler(s)"));
    }

    /** A simple case no fast-trial team could take, rotated instead: the explanation says so. */
    public static AssignmentDecision fallback(AssignmentDecision rotation) {
        Explanation e = rotation.explanation();
        return new AssignmentDecision(rotation.departmentId(), rotation.teamId(), rotation.handlerId(),
                new Explanation("无可用的快审团队，转入轮案；" + e.zh(),
                        "No fast-trial team available, so by rotation; " + e.en()));
    }

    static Optional<HandlerCandidate> lowestWeight(List<HandlerCandidate> staff) {
        return staff.stream().filter(HandlerCandidate::available).min(BY_WEIGHT);
    }

    private static String english(BusinessType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
