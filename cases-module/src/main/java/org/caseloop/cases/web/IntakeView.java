package org.caseloop.cases.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.CustodyStatus;
import org.caseloop.cases.api.Procedure;
import org.caseloop.cases.intake.CaseSubmission;
import org.caseloop.cases.intake.IdempotentIntake;
import org.caseloop.cases.intake.IntakeService;
import org.caseloop.platform.organisation.Role;
import org.caseloop.platform.security.CurrentUser;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The intake form of the case office (/cases/intake.xhtml): builds a submission and registers it. */
@Named
@ViewScoped
public class IntakeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IdempotentIntake intake;

    @Inject
    transient Validator validator;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    private BusinessType businessType = BusinessType.PROSECUTION_REVIEW;
    private String agencyName;
    private String agencyReference;
    private LocalDate receivedDate;
    private Procedure procedure;
    private boolean guiltyPlea;
    private Integer possibleSentenceMonths = 0;
    private Integer recommendationMinMonths;
    private Integer recommendationMaxMonths;
    private boolean sensitive;
    private boolean supervisoryTransfer;
    private boolean majorComplex;
    private String summary;
    private String victims;
    private String chargeCodes;
    private final List<SuspectRow> suspects = new ArrayList<>();

    /** One editable suspect row. */
    public static class SuspectRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String idNumber;
        private Integer ageAtOffence;
        private CustodyStatus custodyStatus = CustodyStatus.NONE;
        private LocalDate custodySince;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getIdNumber() { return idNumber; }
        public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
        public Integer getAgeAtOffence() { return ageAtOffence; }
        public void setAgeAtOffence(Integer ageAtOffence) { this.ageAtOffence = ageAtOffence; }
        public CustodyStatus getCustodyStatus() { return custodyStatus; }
        public void setCustodyStatus(CustodyStatus custodyStatus) { this.custodyStatus = custodyStatus; }
        public LocalDate getCustodySince() { return custodySince; }
        public void setCustodySince(LocalDate custodySince) { this.custodySince = custodySince; }
    }

    @PostConstruct
    void init() {
        suspects.add(new SuspectRow());
        receivedDate = LocalDate.now(clock);
    }

    public boolean isAllowed() {
        return currentUser.find().map(u -> u.has(Role.CASE_OFFICE)).orElse(false);
    }

    public void addSuspect() {
        suspects.add(new SuspectRow());
    }

    public void removeSuspect(SuspectRow row) {
        if (suspects.size() > 1) {
            suspects.remove(row);
        }
    }

    public String register() {
        CaseSubmission submission = submission();
        if (!PageMessages.violations(validator.validate(submission))) {
            return null;
        }
        try {
            IntakeService.Registration r = intake.register(submission);
            if (!r.created()) {
                PageMessages.info("intake.alreadyRegistered", r.caseNumber());
            }
            return "/cases/case?faces-redirect=true&id=" + r.caseId();
        } catch (RuntimeException e) {
            PageMessages.refused(e);
            return null;
        }
    }

    CaseSubmission submission() {
        List<CaseSubmission.SuspectInput> s = suspects.stream()
                .map(r -> new CaseSubmission.SuspectInput(r.name, blankToNull(r.idNumber), r.ageAtOffence,
                        r.custodyStatus, r.custodySince))
                .toList();
        List<CaseSubmission.VictimInput> v = split(victims, "[,，、\\n]").stream()
                .map(CaseSubmission.VictimInput::new).toList();
        return new CaseSubmission(businessType, agencyName, agencyReference, receivedDate, procedure, guiltyPlea,
                possibleSentenceMonths == null ? 0 : possibleSentenceMonths, recommendationMinMonths,
                recommendationMaxMonths, sensitive, supervisoryTransfer, majorComplex, blankToNull(summary), s, v,
                split(chargeCodes, "[,，、\\s]+"));
    }

    private static List<String> split(String text, String separators) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separators)).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public BusinessType[] getBusinessTypes() { return BusinessType.values(); }
    public Procedure[] getProcedures() { return Procedure.values(); }
    public CustodyStatus[] getCustodyStatuses() { return CustodyStatus.values(); }
    public List<SuspectRow> getSuspects() { return suspects; }
    public BusinessType getBusinessType() { return businessType; }
    public void setBusinessType(BusinessType businessType) { this.businessType = businessType; }
    public String getAgencyName() { return agencyName; }
    public void setAgencyName(String agencyName) { this.agencyName = agencyName; }
    public String getAgencyReference() { return agencyReference; }
    public void setAgencyReference(String agencyReference) { this.agencyReference = agencyReference; }
    public LocalDate getReceivedDate() { return receivedDate; }
    public void setReceivedDate(LocalDate receivedDate) { this.receivedDate = receivedDate; }
    public Procedure getProcedure() { return procedure; }
    public void setProcedure(Procedure procedure) { this.procedure = procedure; }
    public boolean isGuiltyPlea() { return guiltyPlea; }
    public void setGuiltyPlea(boolean guiltyPlea) { this.guiltyPlea = guiltyPlea; }
    public Integer getPossibleSentenceMonths() { return possibleSentenceMonths; }
    public void setPossibleSentenceMonths(Integer m) { this.possibleSentenceMonths = m; }
    public Integer getRecommendationMinMonths() { return recommendationMinMonths; }
    public void setRecommendationMinMonths(Integer m) { this.recommendationMinMonths = m; }
    public Integer getRecommendationMaxMonths() { return recommendationMaxMonths; }
    public void setRecommendationMaxMonths(Integer m) { this.recommendationMaxMonths = m; }
    public boolean isSensitive() { return sensitive; }
    public void setSensitive(boolean sensitive) { this.sensitive = sensitive; }
    public boolean isSupervisoryTransfer() { return supervisoryTransfer; }
    public void setSupervisoryTransfer(boolean b) { this.supervisoryTransfer = b; }
    public boolean isMajorComplex() { return majorComplex; }
    public void setMajorComplex(boolean majorComplex) { this.majorComplex = majorComplex; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getVictims() { return victims; }
    public void setVictims(String victims) { this.victims = victims; }
    public String getChargeCodes() { return chargeCodes; }
    public void setChargeCodes(String chargeCodes) { this.chargeCodes = chargeCodes; }
}
