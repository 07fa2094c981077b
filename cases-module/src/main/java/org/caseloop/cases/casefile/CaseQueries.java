package org.caseloop.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.caseloop.cases.api.CaseLabel;
import org.caseloop.cases.charges.Charge;
import org.caseloop.cases.charges.ChargeCatalogue;
import org.caseloop.cases.triage.Explanation;
import org.caseloop.platform.audit.AuditEvent;
import org.caseloop.platform.audit.AuditOutcome;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.audit.FieldChange;
import org.caseloop.platform.organisation.DepartmentView;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.organisation.TeamView;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.security.DataScope;
import org.caseloop.platform.security.UserContext;
import org.caseloop.cases.deadline.Deadline;
import org.caseloop.platform.web.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads cases for the API and the pages: the card of one case and pages of cases within the caller's scope. */
@ApplicationScoped
public class CaseQueries {

    public static final int MAX_LIMIT = 200;
    static final String CARD_READ = "CASE_CARD_READ";

    @PersistenceContext(unitName = "caseloop")
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    StaffDirectory directory;

    @Inject
    ChargeCatalogue charges;

    @Inject
    CaseFlowSettings settings;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The card of a case the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseCard card(long id) {
        return card(access.visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseCard card(CaseFile c) {
        long id = c.getId();
        Locale locale = messages.locale();
        UserContext u = access.user();
        boolean fullIds = CaseAccess.seesFullIdNumbers(u, c);
        List<CaseCard.SuspectView> suspects = em.createQuery(
                        "SELECT s FROM Suspect s WHERE s.caseId = :c ORDER BY s.ordinal", Suspect.class)
                .setParameter("c", id).getResultStream().map(s -> suspect(s, !fullIds)).toList();
        List<String> victims = em.createQuery(
                        "SELECT v.name FROM Victim v WHERE v.caseId = :c ORDER BY v.ordinal", String.class)
                .setParameter("c", id).getResultList();
        if (!suspects.isEmpty() || !victims.isEmpty()) {
            // Personal data left the system: who read whose card, and whether identity numbers were in full.
            audit.record(new AuditEvent(null, null, CaseHistory.AUDIT_OBJECT, String.valueOf(id), CARD_READ,
                    AuditOutcome.SUCCESS, Map.of("idNumbers", FieldChange.created(fullIds ? "full" : "masked"))));
        }
        List<String> codes = em.createQuery("SELECT x.chargeCode FROM CaseCharge x WHERE x.caseId = :c", String.class)
                .setParameter("c", id).getResultList();
        Map<String, String> names = new HashMap<>();
        for (Charge ch : charges.byCodes(codes)) {
            names.put(ch.getCode(), ch.getName());
        }
        List<CaseCard.ChargeItem> chargeItems = codes.stream().sorted()
                .map(code -> new CaseCard.ChargeItem(code, names.getOrDefault(code, code))).toList();
        List<CaseCard.LabelView> labels = em.createQuery(
                        "SELECT l FROM CaseLabelEntry l WHERE l.caseId = :c ORDER BY l.label", CaseLabelEntry.class)
                .setParameter("c", id).getResultStream()
                .map(l -> new CaseCard.LabelView(l.getLabel(), l.getLabel().chineseName(), l.isManual())).toList();
        List<CaseCard.ReturnView> returns = em.createQuery(
                        "SELECT r FROM SupplementaryReturnEntry r WHERE r.caseId = :c ORDER BY r.ordinal",
                        SupplementaryReturnEntry.class)
                .setParameter("c", id).getResultStream()
                .map(r -> new CaseCard.ReturnView(r.getOrdinal(), r.getReturnedOn(), r.getCameBackOn(), r.getReason()))
                .toList();
        List<CaseCard.EventView> events = em.createQuery(
                        "SELECT e FROM CaseEvent e WHERE e.caseId = :c ORDER BY e.occurredAt, e.id", CaseEvent.class)
                .setParameter("c", id).getResultStream()
                .map(e -> new CaseCard.EventView(e.getOccurredAt(), e.getActor(), e.getEventType(), e.getFromStage(),
                        e.getToStage(), e.getDetail())).toList();

        String handlerName = c.getHandlerId() == null ? null
                : directory.displayNames(List.of(c.getHandlerId())).get(c.getHandlerId());
        String teamName = c.getTeamId() == null ? null
                : directory.team(c.getTeamId()).map(TeamView::name).orElse(null);
        String departmentName = c.getDepartmentId() == null ? null
                : directory.department(c.getDepartmentId()).map(DepartmentView::name).orElse(null);

        LocalDate today = LocalDate.now(clock);
        int warning = settings.warningDays(c.getBusinessType());
        DeadlineStatus status = c.getDeadline() == null || !c.isInProgress() ? null
                : DeadlineStatus.of(c.getDeadline(), today, warning);
        boolean riskLate = c.isInProgress() && c.getRiskAssessedBy() == null && c.getRiskDue() != null
                && today.isAfter(c.getRiskDue());

        return new CaseCard(id, c.getCaseNumber(), c.getBusinessType(), c.getBusinessType().chineseName(),
                c.getProcuratorateId(), c.getAgencyName(), c.getAgencyReference(), c.getReceivedDate(),
                c.getProcedure(), c.isGuiltyPlea(), c.getPossibleSentenceMonths(), c.getRecommendationMinMonths(),
                c.getRecommendationMaxMonths(), c.isSensitive(), c.isSupervisoryTransfer(), c.isMajorComplex(),
                c.getSummary(), c.getStage(), c.getStage().chineseName(), c.isInProgress(),
                new CaseCard.ClassificationView(c.getComplexity(), c.getSpeedTrack(), c.getSeverity(),
                        c.getStandardVersion(), c.getSimpleCategory(), c.getClassificationZh(),
                        c.getClassificationEn(), in(locale, c.getClassificationZh(), c.getClassificationEn())),
                new CaseCard.AssignmentView(c.getDepartmentId(), departmentName, c.getTeamId(), teamName,
                        c.getHandlerId(), handlerName, c.getAssignedAt(), c.getAssignmentZh(), c.getAssignmentEn(),
                        in(locale, c.getAssignmentZh(), c.getAssignmentEn())),
                new CaseCard.DeadlineView(c.getReviewStart(), c.getReviewPeriod(), c.getDeadline(), status, warning,
                        c.isClockStopped(), c.getExtensionDays(), c.getExtensionApprovedBy(),
                        c.isDeadlineProvisional(), c.getDeadlineProvisionalYear(),
                        provisionalReason(locale, c.getDeadlineProvisionalYear()), c.getDeadlineZh(),
                        c.getDeadlineEn(), in(locale, c.getDeadlineZh(), c.getDeadlineEn())),
                new CaseCard.RiskView(c.getRiskLevel(), c.getRiskReason(), c.getRiskAssessedBy(),
                        c.getRiskAssessedAt(), c.getRiskDue(), riskLate),
                labels, suspects, victims, chargeItems, returns, events,
                CaseAccess.mayWork(u, c) ? List.copyOf(c.getStage().manualTransitions()) : List.of(),
                actions(u, c), c.getRegisteredAt(), c.getRegisteredBy(), c.getVersion());
    }

    /** What the user may do with the case, by the names of the operations of the API. */
    static List<String> actions(UserContext u, CaseFile c) {
        List<String> actions = new ArrayList<>();
        if (!c.isInProgress()) {
            if (CaseAccess.mayWork(u, c) && !c.getStage().manualTransitions().isEmpty()) {
                actions.add("transition");
            }
            return actions;
        }
        if (CaseAccess.mayWork(u, c)) {
            actions.add("transition");
            if (c.getStage().canMoveTo(Stage.SUPPLEMENTARY_INVESTIGATION)
                    && c.getSupplementaryReturns() < org.caseloop.cases.deadline.SupplementaryInvestigation.MAX_RETURNS
                    && c.getBusinessType() == org.caseloop.cases.api.BusinessType.PROSECUTION_REVIEW) {
                actions.add("supplementaryReturn");
            }
            if (c.getStage() == Stage.SUPPLEMENTARY_INVESTIGATION) {
                actions.add("supplementaryBack");
            }
        }
        if (CaseAccess.isHandlerOf(u, c)) {
            actions.add("risk");
        }
        if (CaseAccess.isDirectorOf(u, c)) {
            actions.add("reassignment");
        }
        if (CaseAccess.mayExtend(u) && c.getExtensionDays() == 0 && c.getDeadline() != null
                && CaseDeadlines.extensible(c)) {
            actions.add("extension");
        }
        if (CaseAccess.mayLabel(u, c)) {
            actions.add("labels");
        }
        return actions;
    }

    /** Cases the caller may see, newest first, optionally with one label and in one stage. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CasePage list(CaseLabel label, Stage stage, Boolean inProgress, int offset, int limit) {
        access.requireCaseReader();
        DataScope scope = currentUser.scope();
        StringBuilder where = new StringBuilder(" WHERE c.procuratorateId IN :procs");
        switch (scope.level()) {
            case DEPARTMENT -> where.append(" AND c.departmentId = :dept");
            case OWN -> where.append(" AND (c.handlerId = :uid OR c.teamId = :team)");
            default -> {
            }
        }
        if (label != null) {
            where.append(" AND EXISTS (SELECT l FROM CaseLabelEntry l WHERE l.caseId = c.id AND l.label = :label)");
        }
        if (stage != null) {
            where.append(" AND c.stage = :stage");
        }
        if (inProgress != null) {
            // By stage, not by the in-progress flag: with the label subquery EclipseLink writes the flag as 1, which
            // H2 refuses to compare with a BOOLEAN column (OpenLiberty issue 35022), and the list answered 500.
            where.append(" AND c.stage IN :open");
        }
        TypedQuery<CaseFile> page = em.createQuery("SELECT c FROM CaseFile c" + where
                + " ORDER BY c.registeredAt DESC, c.id DESC", CaseFile.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM CaseFile c" + where, Long.class);
        for (TypedQuery<?> q : List.of(page, count)) {
            q.setParameter("procs", scope.procuratorateIds());
            switch (scope.level()) {
                case DEPARTMENT -> q.setParameter("dept", scope.departmentId() == null ? -1L : scope.departmentId());
                case OWN -> q.setParameter("uid", scope.userId())
                        .setParameter("team", scope.teamId() == null ? -1L : scope.teamId());
                default -> {
                }
            }
            if (label != null) {
                q.setParameter("label", label);
            }
            if (stage != null) {
                q.setParameter("stage", stage);
            }
            if (inProgress != null) {
                q.setParameter("open", Stage.inProgress(inProgress));
            }
        }
        List<CaseFile> cases = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new CasePage(summaries(cases), offset, limit, count.getSingleResult());
    }

    /** Summaries with their labels and suspects read in one query each for the whole page (no N+1). */
    List<CaseSummary> summaries(List<CaseFile> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cases.stream().map(CaseFile::getId).toList();
        Map<Long, List<CaseLabel>> labels = new HashMap<>();
        em.createQuery("SELECT l FROM CaseLabelEntry l WHERE l.caseId IN :ids ORDER BY l.label", CaseLabelEntry.class)
                .setParameter("ids", ids).getResultStream()
                .forEach(l -> labels.computeIfAbsent(l.getCaseId(), k -> new ArrayList<>()).add(l.getLabel()));
        Map<Long, List<CaseCard.SuspectView>> suspects = new HashMap<>();
        em.createQuery("SELECT s FROM Suspect s WHERE s.caseId IN :ids ORDER BY s.caseId, s.ordinal", Suspect.class)
                .setParameter("ids", ids).getResultStream()
                .forEach(s -> suspects.computeIfAbsent(s.getCaseId(), k -> new ArrayList<>()).add(suspect(s, true)));
        LocalDate today = LocalDate.now(clock);
        Locale locale = messages.locale();
        return cases.stream().map(c -> new CaseSummary(c.getId(), c.getCaseNumber(), c.getBusinessType(),
                c.getStage(), c.isInProgress(), c.getComplexity(), c.getRiskLevel(), c.getHandlerId(), c.getTeamId(),
                c.getDepartmentId(), c.getReceivedDate(), c.getDeadline(),
                c.getDeadline() == null || !c.isInProgress() ? null
                        : DeadlineStatus.of(c.getDeadline(), today, settings.warningDays(c.getBusinessType())),
                c.isDeadlineProvisional(), provisionalReason(locale, c.getDeadlineProvisionalYear()),
                labels.getOrDefault(c.getId(), List.of()), suspects.getOrDefault(c.getId(), List.of()))).toList();
    }

    private static CaseCard.SuspectView suspect(Suspect s, boolean masked) {
        return new CaseCard.SuspectView(s.getOrdinal(), s.getName(),
                masked ? Texts.maskId(s.getIdNumber()) : s.getIdNumber(), s.getAgeAtOffence(), s.isMinor(),
                s.getCustodyStatus(), s.getCustodySince());
    }

    private static String provisionalReason(Locale locale, Integer year) {
        return year == null ? null : Deadline.provisionalReason(locale, year);
    }

    private static String in(Locale locale, String zh, String en) {
        return zh == null && en == null ? null : new Explanation(zh, en).in(locale);
    }
}
