package org.caseloop.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.CaseLabel;
import org.caseloop.cases.deadline.SupplementaryInvestigation;
import org.caseloop.cases.deadline.SupplementaryReturnLimitException;
import org.caseloop.platform.audit.FieldChange;
import org.caseloop.platform.security.UserContext;
import org.caseloop.platform.web.AccessDeniedException;
import org.caseloop.platform.web.ConflictException;
import org.caseloop.platform.web.Messages;
import org.caseloop.platform.web.UnprocessableException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything that moves a case along after intake: stage transitions, supplementary investigation, extension,
 * the handler's risk pre-assessment, manual labels and (for the assignment package) a change of handler. Each
 * change writes the case's history and the audit trail in the same transaction.
 */
@ApplicationScoped
public class CaseFlow {

    private static final String BUNDLE = "org.caseloop.cases.i18n.messages";

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    Workloads workloads;

    @Inject
    CaseFlowSettings settings;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    /** A plain move between stages (409 for a move the rule does not allow). */
    @Transactional
    public CaseFile transition(long caseId, Stage target, String reason) {
        CaseFile c = access.workable(caseId);
        Stage from = c.getStage();
        if (!from.canTransitionTo(target)) {
            throw new ConflictException("案件不能从“" + from.chineseName() + "”转到“" + target.chineseName()
                    + "” / A case cannot move from " + from + " to " + target + "; allowed: " + from.manualTransitions());
        }
        if (from.inProgress() && !target.inProgress()) {
            releaseWorkload(c);
        }
        c.moveTo(target, history.now());
        history.record(c, actor(), "CASE_" + target.name(), from, target, Texts.blankToNull(reason), Map.of());
        return c;
    }

    /**
     * Gives the case a department, team and handler (any may be null when nobody can take it), keeping the
     * open workloads in step and moving a received case to ASSIGNED once it has a handler.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(CaseFile c, Long departmentId, Long teamId, Long handlerId, String explanationZh,
                       String explanationEn, String action, String reason) {
        if (c.isInProgress() && c.getHandlerId() != null) {
            releaseWorkload(c);
        }
        addWorkload(c, teamId, handlerId);
        assignCounted(c, departmentId, teamId, handlerId, explanationZh, explanationEn, action, reason);
    }

    /** Counts an in-progress case in the open workload of a handler and team (no handler: nothing to count). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addWorkload(CaseFile c, Long teamId, Long handlerId) {
        if (handlerId != null) {
            workloads.add(Workloads.Kind.TEAM, teamId, 1, c.weight());
            workloads.add(Workloads.Kind.STAFF, handlerId, 1, c.weight());
        }
    }

    /** {@link #assign} without the workload, for an intake that counted it earlier in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assignCounted(CaseFile c, Long departmentId, Long teamId, Long handlerId, String explanationZh,
                              String explanationEn, String action, String reason) {
        Long oldHandler = c.getHandlerId();
        Long oldTeam = c.getTeamId();
        Long oldDepartment = c.getDepartmentId();
        c.assign(departmentId, teamId, handlerId, explanationZh, explanationEn, history.now());
        Stage from = c.getStage();
        if (handlerId != null && from == Stage.RECEIVED) {
            c.moveTo(Stage.ASSIGNED, history.now());
        }
        if (handlerId != null && c.getRiskAssessedBy() == null) {
            deadlines.riskDue(c, LocalDate.now(clock), settings.riskDueDays());
        }
        Map<String, FieldChange> changes = FieldChange.changes()
                .field("departmentId", oldDepartment, departmentId)
                .field("teamId", oldTeam, teamId)
                .field("handlerId", oldHandler, handlerId)
                .build();
        String detail = reason == null || explanationZh.contains(reason) ? explanationZh : reason + "；" + explanationZh;
        history.record(c, actor(), action, from, c.getStage(), detail, changes);
    }

    /** Sends the case back to the investigators (退回补充侦查): the review clock stops. */
    @Transactional
    public CaseFile returnForSupplementaryInvestigation(long caseId, LocalDate returnedOn, String reason) {
        CaseFile c = access.workable(caseId);
        if (c.getBusinessType() != BusinessType.PROSECUTION_REVIEW) {
            throw new UnprocessableException("只有审查起诉案件可以退回补充侦查 / Only a prosecution review can be returned "
                    + "for supplementary investigation (CPL art. 175)");
        }
        if (!c.getStage().canMoveTo(Stage.SUPPLEMENTARY_INVESTIGATION)) {
            throw new ConflictException("案件处于“" + c.getStage().chineseName() + "”阶段，不能退回补充侦查 / A case in "
                    + c.getStage() + " cannot be returned for supplementary investigation");
        }
        if (reason == null || reason.isBlank()) {
            throw new UnprocessableException("请填写退回补充侦查的理由 / A reason for the return is required");
        }
        LocalDate on = returnedOn == null ? LocalDate.now(clock) : returnedOn;
        // A return dated in the future would stop the clock until that day: the case could never fall due.
        if (on.isAfter(LocalDate.now(clock))) {
            throw new UnprocessableException(messages.text(BUNDLE, "case.error.returnInFuture", on.toString()));
        }
        List<SupplementaryReturnEntry> existing = returns(caseId);
        try {
            new SupplementaryInvestigation(existing.stream().map(SupplementaryReturnEntry::toReturn).toList())
                    .sendBack(on).reviewStart(c.getReceivedDate());
        } catch (SupplementaryReturnLimitException e) {
            throw new ConflictException("案件已退回补充侦查两次，不能再退回 / The case has already been returned twice "
                    + "(CPL art. 175)");
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException(e.getMessage());
        }
        if (on.isBefore(c.getReviewStart())) {
            throw new UnprocessableException("退回日期早于本次审查起算日 / The return date " + on
                    + " is before the review started on " + c.getReviewStart());
        }
        int ordinal = existing.size() + 1;
        em.persist(new SupplementaryReturnEntry(caseId, ordinal, on, reason.strip()));
        LocalDate oldDeadline = c.getDeadline();
        c.supplementaryReturned();
        c.stopClock("第" + ordinal + "次退回补充侦查（" + on + "），审查期限停止计算，补查重新移送后重新计算",
                "Returned for supplementary investigation (" + ordinal + ") on " + on
                        + "; the review period stops and starts again in full when the case comes back");
        Stage from = c.getStage();
        c.moveTo(Stage.SUPPLEMENTARY_INVESTIGATION, history.now());
        history.record(c, actor(), "SUPPLEMENTARY_RETURN", from, c.getStage(), reason.strip(), FieldChange.changes()
                .field("supplementaryReturns", ordinal - 1, ordinal)
                .field("deadline", oldDeadline, null)
                .field("returnedOn", null, on)
                .build());
        return c;
    }

    /** The case came back from supplementary investigation: the review period starts again in full. */
    @Transactional
    public CaseFile cameBack(long caseId, int ordinal, LocalDate cameBackOn) {
        CaseFile c = access.workable(caseId);
        List<SupplementaryReturnEntry> existing = returns(caseId);
        SupplementaryReturnEntry entry = existing.stream().filter(r -> r.getOrdinal() == ordinal).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No supplementary return " + ordinal));
        if (entry.getCameBackOn() != null || c.getStage() != Stage.SUPPLEMENTARY_INVESTIGATION) {
            throw new ConflictException("该次退回补充侦查已重新移送 / Return " + ordinal + " has already come back");
        }
        LocalDate on = cameBackOn == null ? LocalDate.now(clock) : cameBackOn;
        if (on.isBefore(entry.getReturnedOn()) || on.isAfter(LocalDate.now(clock))) {
            throw new UnprocessableException("重新移送日期须在退回日期之后且不晚于今天 / The day the case came back must be "
                    + "on or after " + entry.getReturnedOn() + " and not in the future");
        }
        entry.cameBack(on);
        c.restartClock();
        deadlines.start(c, on);
        Stage from = c.getStage();
        c.moveTo(Stage.UNDER_REVIEW, history.now());
        history.record(c, actor(), "SUPPLEMENTARY_BACK", from, c.getStage(), null, FieldChange.changes()
                .field("reviewStart", null, on)
                .field("deadline", null, c.getDeadline())
                .build());
        return c;
    }

    /** Extends a major or complex prosecution review by 15 days, approved by the current deputy chief or chief. */
    @Transactional
    public CaseFile extend(long caseId, String reason) {
        UserContext u = access.user();
        if (!CaseAccess.mayExtend(u)) {
            throw new AccessDeniedException(CaseHistory.AUDIT_OBJECT, String.valueOf(caseId),
                    "Only a deputy chief or the chief may approve an extension");
        }
        CaseFile c = access.visible(caseId);
        if (!c.isInProgress() || c.isClockStopped() || c.getDeadline() == null) {
            throw new ConflictException("案件当前没有正在计算的审查期限 / The case has no running review period");
        }
        if (c.getExtensionDays() > 0) {
            throw new ConflictException("审查期限已经延长 / The review period has already been extended");
        }
        if (!CaseDeadlines.extensible(c)) {
            throw new UnprocessableException("只有重大、复杂的审查起诉案件可以延长15日（刑事诉讼法第172条） / Only a major or "
                    + "complex prosecution review may be extended by 15 days (CPL art. 172)");
        }
        LocalDate old = c.getDeadline();
        deadlines.extend(c);
        c.extended(CaseDeadlines.PROSECUTION_EXTENSION_DAYS, u.username());
        history.record(c, u.username(), "DEADLINE_EXTENDED", c.getStage(), c.getStage(), Texts.blankToNull(reason),
                FieldChange.changes().field("deadline", old, c.getDeadline())
                        .field("extensionDays", 0, CaseDeadlines.PROSECUTION_EXTENSION_DAYS)
                        .field("approvedBy", null, u.username()).build());
        return c;
    }

    /** The handler's risk pre-assessment (预判风险). */
    @Transactional
    public CaseFile assessRisk(long caseId, RiskLevel level, String reason) {
        CaseFile c = access.visible(caseId);
        UserContext u = access.user();
        if (!CaseAccess.isHandlerOf(u, c)) {
            throw new AccessDeniedException(CaseHistory.AUDIT_OBJECT, String.valueOf(caseId),
                    "Only the handler of the case makes its risk pre-assessment");
        }
        if (!c.isInProgress()) {
            throw new ConflictException("案件已决定 / The case has been decided");
        }
        if (reason == null || reason.isBlank()) {
            throw new UnprocessableException("请填写预判理由 / A reason for the risk level is required");
        }
        RiskLevel old = c.getRiskLevel();
        c.risk(level, reason.strip(), u.username(), history.now());
        boolean late = c.getRiskDue() != null && LocalDate.now(clock).isAfter(c.getRiskDue());
        history.record(c, u.username(), "RISK_ASSESSED", c.getStage(), c.getStage(),
                reason.strip() + (late ? "（逾期预判 / late）" : ""),
                FieldChange.changes().field("riskLevel", old, level).build());
        return c;
    }

    @Transactional
    public CaseFile addLabel(long caseId, CaseLabel label) {
        CaseFile c = labelable(caseId);
        CaseLabelEntry existing = em.find(CaseLabelEntry.class, new CaseLabelEntry.Key(caseId, label));
        if (existing == null) {
            em.persist(new CaseLabelEntry(caseId, label, true));
            history.record(c, actor(), "LABEL_ADDED", c.getStage(), c.getStage(), label.name(),
                    FieldChange.changes().field("label", null, label).build());
        }
        return c;
    }

    @Transactional
    public CaseFile removeLabel(long caseId, CaseLabel label) {
        CaseFile c = labelable(caseId);
        CaseLabelEntry existing = em.find(CaseLabelEntry.class, new CaseLabelEntry.Key(caseId, label));
        if (existing == null) {
            return c;
        }
        if (!existing.isManual()) {
            throw new ConflictException("该标识由案件要素自动生成，不能手工删除 / The label " + label
                    + " follows from the case's elements and cannot be removed by hand");
        }
        em.remove(existing);
        history.record(c, actor(), "LABEL_REMOVED", c.getStage(), c.getStage(), label.name(),
                FieldChange.changes().field("label", label, null).build());
        return c;
    }

    public List<SupplementaryReturnEntry> returns(long caseId) {
        return em.createQuery("SELECT r FROM SupplementaryReturnEntry r WHERE r.caseId = :c ORDER BY r.ordinal",
                SupplementaryReturnEntry.class).setParameter("c", caseId).getResultList();
    }

    private CaseFile labelable(long caseId) {
        CaseFile c = access.visible(caseId);
        if (!CaseAccess.mayLabel(access.user(), c)) {
            throw new AccessDeniedException(CaseHistory.AUDIT_OBJECT, String.valueOf(caseId),
                    "Only the handler, the director, a leader or the case office may label case " + caseId);
        }
        return c;
    }

    private void releaseWorkload(CaseFile c) {
        if (c.getHandlerId() != null) {
            workloads.add(Workloads.Kind.STAFF, c.getHandlerId(), -1, -c.weight());
            workloads.add(Workloads.Kind.TEAM, c.getTeamId(), -1, -c.weight());
        }
    }

    private String actor() {
        return access.user().username();
    }
}
