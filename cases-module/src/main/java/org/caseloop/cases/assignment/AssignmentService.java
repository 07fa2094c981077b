package org.caseloop.cases.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.caseloop.cases.api.Complexity;
import org.caseloop.cases.casefile.CaseAccess;
import org.caseloop.cases.casefile.CaseFile;
import org.caseloop.cases.casefile.CaseFlow;
import org.caseloop.cases.casefile.CaseFlowSettings;
import org.caseloop.cases.casefile.CaseHistory;
import org.caseloop.cases.casefile.Workloads;
import org.caseloop.platform.organisation.DepartmentView;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.organisation.StaffView;
import org.caseloop.platform.organisation.TeamView;
import org.caseloop.platform.security.UserContext;
import org.caseloop.platform.web.AccessDeniedException;
import org.caseloop.platform.web.ConflictException;
import org.caseloop.platform.web.UnprocessableException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the {@link AssignmentPolicy}: gathers the candidates and their workloads (read by primary key), and
 * records the outcome through {@link CaseFlow#assign}. Also the director's reassignment and the move of a
 * prosecutor's open cases when they go on leave.
 */
@ApplicationScoped
public class AssignmentService {

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    StaffDirectory directory;

    @Inject
    Workloads workloads;

    @Inject
    CaseFlowSettings settings;

    @Inject
    CaseFlow flow;

    @Inject
    CaseAccess access;

    /** Who should take the case now. Reads only. */
    public AssignmentDecision decide(CaseFile c) {
        if (c.getComplexity() == Complexity.SIMPLE) {
            List<TeamView> teams = directory.fastTrialTeams(c.getProcuratorateId(), c.getBusinessType().name());
            Map<Long, Workloads.Load> loads = workloads.loads(Workloads.Kind.TEAM,
                    teams.stream().map(TeamView::id).toList());
            List<TeamCandidate> candidates = teams.stream().map(t -> new TeamCandidate(t.id(), t.name(),
                    t.departmentId(), loads.getOrDefault(t.id(), Workloads.Load.NONE).openCases())).toList();
            Optional<AssignmentDecision> fast = AssignmentPolicy.fastTrial(c.getBusinessType(), candidates,
                    teamId -> candidates(directory.teamMembers(teamId)));
            if (fast.isPresent()) {
                return fast.get();
            }
            return AssignmentPolicy.fallback(rotation(c));
        }
        return rotation(c);
    }

    /** Assigns a case by the policy (at intake, or when its handler goes on leave). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AssignmentDecision assign(CaseFile c, String action, String reason) {
        AssignmentDecision d = decide(c);
        apply(c, d, action, reason);
        return d;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CaseFile c, AssignmentDecision d, String action, String reason) {
        flow.assign(c, d.departmentId(), d.teamId(), d.handlerId(), d.explanation().zh(), d.explanation().en(),
                action, reason);
    }

    /** Counts a new case in the chosen handler's and team's open workload ahead of {@link #applyReserved}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserveWorkload(CaseFile c, AssignmentDecision d) {
        flow.addWorkload(c, d.teamId(), d.handlerId());
    }

    /** Records an assignment whose workload {@link #reserveWorkload} has already counted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyReserved(CaseFile c, AssignmentDecision d, String action) {
        flow.assignCounted(c, d.departmentId(), d.teamId(), d.handlerId(), d.explanation().zh(), d.explanation().en(),
                action, null);
    }

    /** A director gives a case of their department to another handler of it; the reason is kept. */
    @Transactional
    public CaseFile reassign(long caseId, long handlerId, String reason) {
        UserContext u = access.user();
        CaseFile c = access.visible(caseId);
        if (!CaseAccess.isDirectorOf(u, c)) {
            throw new AccessDeniedException(CaseHistory.AUDIT_OBJECT, String.valueOf(caseId),
                    "Only the director of the case's department may reassign it");
        }
        if (!c.isInProgress()) {
            throw new ConflictException("案件已决定，不能改派 / A decided case cannot be reassigned");
        }
        if (c.getHandlerId() != null && c.getHandlerId() == handlerId) {
            throw new ConflictException("案件已由该承办人办理 / The case is already with this handler");
        }
        StaffView target = directory.staff(handlerId)
                .orElseThrow(() -> new UnprocessableException("没有该承办人 / No staff member " + handlerId));
        if (!target.active() || target.onLeave() || !target.roles().contains(Role.HANDLER)
                || !u.departmentId().equals(target.departmentId())) {
            throw new UnprocessableException("只能改派给本部门在岗的承办检察官 / A case can only go to a handler of your "
                    + "department who is active and not on leave");
        }
        Long team = target.teamId() != null && target.teamId().equals(c.getTeamId()) ? c.getTeamId() : null;
        String why = reason.strip();
        flow.assign(c, c.getDepartmentId(), team, handlerId,
                "部门主任" + u.displayName() + "改派给" + target.displayName() + "：" + why,
                "Reassigned by director " + u.displayName() + " to " + target.displayName() + ": " + why,
                "CASE_REASSIGNED", why);
        return c;
    }

    /** The cases that were and were not moved when a prosecutor went on leave. */
    public record LeaveOutcome(long staffId, List<Moved> moved, List<Moved> notMoved) {
    }

    public record Moved(long caseId, String caseNumber, Long handlerId, String explanation) {
    }

    /** Moves every open case of a prosecutor on leave to the rotation, each audited. */
    @Transactional
    public LeaveOutcome reassignOpenCasesOf(long staffId) {
        UserContext u = access.user();
        StaffView staff = directory.staff(staffId).orElseThrow(() -> new NotFoundException("No staff " + staffId));
        boolean director = u.has(Role.DIRECTOR) && u.departmentId() != null
                && u.departmentId().equals(staff.departmentId());
        boolean office = (u.has(Role.CASE_OFFICE) || u.has(Role.ADMIN)) && u.procuratorateId() == staff.procuratorateId();
        if (!director && !office) {
            throw new AccessDeniedException("StaffUser", String.valueOf(staffId),
                    "Only the director of the department, the case office or an administrator may move these cases");
        }
        if (!staff.onLeave()) {
            throw new ConflictException(staff.displayName() + "未休假 / " + staff.username() + " is not on leave");
        }
        List<CaseFile> open = em.createQuery("SELECT c FROM CaseFile c WHERE c.handlerId = :s AND c.inProgress = TRUE "
                + "ORDER BY c.id", CaseFile.class).setParameter("s", staffId).getResultList();
        List<Moved> moved = new ArrayList<>();
        List<Moved> notMoved = new ArrayList<>();
        for (CaseFile c : open) {
            AssignmentDecision d = decide(c);
            if (d.assigned()) {
                apply(c, d, "CASE_REASSIGNED", "承办人休假 / handler on leave");
                moved.add(new Moved(c.getId(), c.getCaseNumber(), d.handlerId(), d.explanation().zh()));
            } else {
                notMoved.add(new Moved(c.getId(), c.getCaseNumber(), null, d.explanation().zh()));
            }
        }
        return new LeaveOutcome(staffId, moved, notMoved);
    }

    private AssignmentDecision rotation(CaseFile c) {
        String code = settings.departmentCode(c.getBusinessType());
        Optional<DepartmentView> department = directory.departments(c.getProcuratorateId()).stream()
                .filter(d -> d.active() && d.code().equals(code)).findFirst();
        if (department.isEmpty()) {
            return AssignmentPolicy.rotation(null, code, List.of());
        }
        DepartmentView d = department.get();
        return AssignmentPolicy.rotation(d.id(), d.name(), candidates(directory.staffWithRole(d.id(), Role.HANDLER)));
    }

    private List<HandlerCandidate> candidates(List<StaffView> staff) {
        Map<Long, Workloads.Load> loads = workloads.loads(Workloads.Kind.STAFF,
                staff.stream().map(StaffView::id).toList());
        return staff.stream().filter(StaffView::active)
                .map(s -> new HandlerCandidate(s.id(), s.displayName(), s.roles().contains(Role.HANDLER), s.onLeave(),
                        loads.getOrDefault(s.id(), Workloads.Load.NONE).openWeight()))
                .toList();
    }
}
