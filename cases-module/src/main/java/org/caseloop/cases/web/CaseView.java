package org.caseloop.cases.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.NotFoundException;
import org.caseloop.cases.assignment.AssignmentService;
import org.caseloop.cases.casefile.CaseCard;
import org.caseloop.cases.casefile.CaseFlow;
import org.caseloop.cases.casefile.CaseQueries;
import org.caseloop.cases.casefile.CaseVersions;
import org.caseloop.cases.casefile.RiskLevel;
import org.caseloop.cases.casefile.Stage;
import org.caseloop.cases.casefile.Texts;
import org.caseloop.platform.audit.AuditEvent;
import org.caseloop.platform.audit.AuditOutcome;
import org.caseloop.platform.audit.AuditTrail;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.organisation.StaffDirectory;
import org.caseloop.platform.organisation.StaffView;
import org.caseloop.platform.security.CurrentUser;
import org.caseloop.platform.web.AccessDeniedException;
import org.caseloop.platform.web.ConflictException;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The case page (/cases/case.xhtml?id=…): the card, its explanations and the actions the user may take. */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseQueries queries;

    @Inject
    transient CaseFlow flow;

    @Inject
    transient AssignmentService assignment;

    @Inject
    transient StaffDirectory directory;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient AuditTrail audit;

    @Inject
    transient CaseVersions versions;

    private Long id;
    private CaseCard card;
    private boolean notFound;
    private boolean denied;

    private Stage targetStage;
    private String transitionReason;
    private RiskLevel riskLevel;
    private String riskReason;
    private Long newHandlerId;
    private String reassignReason;
    private String extensionReason;
    private LocalDate returnedOn;
    private String returnReason;
    private LocalDate cameBackOn;

    /** Loads the card; a case outside the user's scope is refused by the service (403 page, audited). */
    public void load() {
        if (id == null) {
            notFound = true;
            return;
        }
        try {
            card = queries.card(id);
        } catch (NotFoundException e) {
            notFound = true;
        } catch (AccessDeniedException e) {
            // Same record as the API's refusal; the page says so with a 403 status instead of the error page.
            audit.record(new AuditEvent(null, null, e.objectType(), e.objectId(), "ACCESS_DENIED", AuditOutcome.DENIED,
                    Map.of()));
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            denied = true;
        }
    }

    public void transition() {
        act(() -> flow.transition(id, targetStage, transitionReason), "case.done.transition");
    }

    public void assessRisk() {
        act(() -> flow.assessRisk(id, riskLevel, riskReason), "case.done.risk");
    }

    public void reassign() {
        if (newHandlerId == null || reassignReason == null || reassignReason.isBlank()) {
            PageMessages.error(PageMessages.text("case.reassign.required"));
            return;
        }
        act(() -> assignment.reassign(id, newHandlerId, reassignReason), "case.done.reassign");
    }

    public void extend() {
        act(() -> flow.extend(id, extensionReason), "case.done.extension");
    }

    public void returnForSupplementary() {
        act(() -> flow.returnForSupplementaryInvestigation(id, returnedOn, returnReason), "case.done.return");
    }

    public void cameBack() {
        int current = card.supplementaryReturns().size();
        act(() -> flow.cameBack(id, current, cameBackOn), "case.done.back");
    }

    /**
     * Acts on the case as this view read it: the card kept in the view carries its version, and a case changed
     * meanwhile by someone else is refused with a message and shown as it is now.
     */
    private void act(Runnable action, String doneKey) {
        try {
            versions.ifUnchanged(id, card.version(), () -> {
                action.run();
                return null;
            });
            PageMessages.info(doneKey);
            card = queries.card(id);
            targetStage = null;
            transitionReason = null;
            riskReason = null;
            reassignReason = null;
            returnReason = null;
        } catch (ConflictException e) {
            PageMessages.refused(e);
            card = queries.card(id);
        } catch (RuntimeException e) {
            PageMessages.refused(e);
        }
    }

    public boolean can(String action) {
        return card != null && card.actions().contains(action);
    }

    /** Handlers of the case's department the director may give it to. */
    public List<StaffView> getHandlers() {
        if (card == null || card.assignment().departmentId() == null || !can("reassignment")) {
            return List.of();
        }
        return directory.staffWithRole(card.assignment().departmentId(), Role.HANDLER).stream()
                .filter(s -> s.active() && !s.onLeave()).toList();
    }

    /** Identity numbers stay masked on the page; the API card gives them in full to users in scope. */
    public String masked(String idNumber) {
        return Texts.maskId(idNumber);
    }

    public String deadlineClass() {
        if (card == null || card.deadline().status() == null) {
            return "";
        }
        return "cl-badge cl-deadline-" + card.deadline().status().name().toLowerCase(Locale.ROOT);
    }

    public boolean isChinese() {
        return Locale.CHINESE.getLanguage().equals(PageMessages.locale().getLanguage());
    }

    public String stageName(Stage stage) {
        return stage == null ? "" : isChinese() ? stage.chineseName() : stage.name();
    }

    public RiskLevel[] getRiskLevels() { return RiskLevel.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CaseCard getCard() { return card; }
    public boolean isNotFound() { return notFound; }
    public boolean isDenied() { return denied; }
    public Stage getTargetStage() { return targetStage; }
    public void setTargetStage(Stage targetStage) { this.targetStage = targetStage; }
    public String getTransitionReason() { return transitionReason; }
    public void setTransitionReason(String s) { this.transitionReason = s; }
    public RiskLevel getRiskLevel() { return riskLevel; }
    public void setRiskLevel(RiskLevel riskLevel) { this.riskLevel = riskLevel; }
    public String getRiskReason() { return riskReason; }
    public void setRiskReason(String riskReason) { this.riskReason = riskReason; }
    public Long getNewHandlerId() { return newHandlerId; }
    public void setNewHandlerId(Long newHandlerId) { this.newHandlerId = newHandlerId; }
    public String getReassignReason() { return reassignReason; }
    public void setReassignReason(String s) { this.reassignReason = s; }
    public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(String s) { this.extensionReason = s; }
    public LocalDate getReturnedOn() { return returnedOn; }
    public void setReturnedOn(LocalDate returnedOn) { this.returnedOn = returnedOn; }
    public String getReturnReason() { return returnReason; }
    public void setReturnReason(String returnReason) { this.returnReason = returnReason; }
    public LocalDate getCameBackOn() { return cameBackOn; }
    public void setCameBackOn(LocalDate cameBackOn) { this.cameBackOn = cameBackOn; }
}
