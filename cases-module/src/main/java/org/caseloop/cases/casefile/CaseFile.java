package org.caseloop.cases.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.Complexity;
import org.caseloop.cases.api.Procedure;
import org.caseloop.cases.api.Severity;
import org.caseloop.cases.api.SpeedTrack;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The case card (案卡): one row of {@code cases_case}. Its children (suspects, victims, charges, labels, history,
 * supplementary returns) are separate entities that name the case by id, so that a list never loads them by accident
 * and intake writes them in batches. Changes go through {@link CaseFlow} and the intake, which keep the history.
 */
@Entity
@Table(name = "cases_case")
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caseFileSeq")
    @SequenceGenerator(name = "caseFileSeq", sequenceName = "cases_case_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_number", nullable = false, length = 64)
    private String caseNumber;
    @Column(name = "procuratorate_id", nullable = false)
    private long procuratorateId;
    @Enumerated(EnumType.STRING)
    @Column(name = "business_type", nullable = false, length = 32)
    private BusinessType businessType;
    @Column(name = "number_year", nullable = false)
    private int numberYear;
    @Column(name = "number_seq", nullable = false)
    private int numberSeq;
    @Column(name = "agency_name", nullable = false, length = 100)
    private String agencyName;
    @Column(name = "agency_reference", nullable = false, length = 100)
    private String agencyReference;
    @Column(name = "submission_hash", nullable = false, length = 64)
    private String submissionHash;
    @Column(name = "received_date", nullable = false)
    private LocalDate receivedDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_type", length = 16)
    private Procedure procedure;
    @Column(name = "guilty_plea", nullable = false)
    private boolean guiltyPlea;
    @Column(name = "possible_sentence_months", nullable = false)
    private int possibleSentenceMonths;
    @Column(name = "recommendation_min_months")
    private Integer recommendationMinMonths;
    @Column(name = "recommendation_max_months")
    private Integer recommendationMaxMonths;
    @Column(nullable = false)
    private boolean sensitive;
    @Column(name = "supervisory_transfer", nullable = false)
    private boolean supervisoryTransfer;
    @Column(name = "major_complex", nullable = false)
    private boolean majorComplex;
    @Column(length = 2000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Complexity complexity;
    @Enumerated(EnumType.STRING)
    @Column(name = "speed_track", nullable = false, length = 16)
    private SpeedTrack speedTrack;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;
    @Column(name = "standard_version", nullable = false)
    private int standardVersion;
    @Column(name = "simple_category", length = 32)
    private String simpleCategory;
    @Column(name = "classification_zh", nullable = false, length = 1000)
    private String classificationZh;
    @Column(name = "classification_en", nullable = false, length = 1000)
    private String classificationEn;

    @Column(name = "department_id")
    private Long departmentId;
    @Column(name = "team_id")
    private Long teamId;
    @Column(name = "handler_id")
    private Long handlerId;
    @Column(name = "assignment_zh", length = 500)
    private String assignmentZh;
    @Column(name = "assignment_en", length = 500)
    private String assignmentEn;
    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Stage stage;
    @Column(name = "in_progress", nullable = false)
    private boolean inProgress;
    @Column(name = "in_custody", nullable = false)
    private boolean inCustody;
    @Column(name = "review_start", nullable = false)
    private LocalDate reviewStart;
    @Column(name = "review_period", length = 8)
    private String reviewPeriod;
    @Column
    private LocalDate deadline;
    @Column(name = "deadline_zh", length = 500)
    private String deadlineZh;
    @Column(name = "deadline_en", length = 500)
    private String deadlineEn;
    @Column(name = "deadline_provisional_year")
    private Integer deadlineProvisionalYear;
    @Column(name = "clock_stopped", nullable = false)
    private boolean clockStopped;
    @Column(name = "extension_days", nullable = false)
    private int extensionDays;
    @Column(name = "extension_approved_by", length = 64)
    private String extensionApprovedBy;
    @Column(name = "supplementary_returns", nullable = false)
    private int supplementaryReturns;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 8)
    private RiskLevel riskLevel;
    @Column(name = "risk_reason", length = 500)
    private String riskReason;
    @Column(name = "risk_assessed_by", length = 64)
    private String riskAssessedBy;
    @Column(name = "risk_assessed_at")
    private Instant riskAssessedAt;
    @Column(name = "risk_due")
    private LocalDate riskDue;
    @Column(name = "risk_due_provisional_year")
    private Integer riskDueProvisionalYear;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected CaseFile() {
    }

    /** A case as received, before it has a number; the intake fills in the rest before persisting it. */
    public CaseFile(long procuratorateId, BusinessType businessType, String agencyName, String agencyReference,
                    String submissionHash, LocalDate receivedDate, Instant registeredAt, String registeredBy) {
        this.procuratorateId = procuratorateId;
        this.businessType = businessType;
        this.agencyName = agencyName;
        this.agencyReference = agencyReference;
        this.submissionHash = submissionHash;
        this.receivedDate = receivedDate;
        this.reviewStart = receivedDate;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
        this.stage = Stage.RECEIVED;
        this.inProgress = true;
        this.riskLevel = RiskLevel.LOW;
    }

    public void describe(Procedure procedure, boolean guiltyPlea, int possibleSentenceMonths, Integer recommendationMin,
                         Integer recommendationMax, boolean sensitive, boolean supervisoryTransfer,
                         boolean majorComplex, boolean inCustody, String summary) {
        this.procedure = procedure;
        this.guiltyPlea = guiltyPlea;
        this.possibleSentenceMonths = possibleSentenceMonths;
        this.recommendationMinMonths = recommendationMin;
        this.recommendationMaxMonths = recommendationMax;
        this.sensitive = sensitive;
        this.supervisoryTransfer = supervisoryTransfer;
        this.majorComplex = majorComplex;
        this.inCustody = inCustody;
        this.summary = summary;
    }

    public void classify(Complexity complexity, SpeedTrack speedTrack, Severity severity, int standardVersion,
                         String simpleCategory, String explanationZh, String explanationEn) {
        this.complexity = complexity;
        this.speedTrack = speedTrack;
        this.severity = severity;
        this.standardVersion = standardVersion;
        this.simpleCategory = simpleCategory;
        this.classificationZh = Texts.fit(explanationZh, 1000);
        this.classificationEn = Texts.fit(explanationEn, 1000);
    }

    public void number(String caseNumber, int year, int sequence) {
        this.caseNumber = caseNumber;
        this.numberYear = year;
        this.numberSeq = sequence;
    }

    /**
     * Sets the running review period; {@code deadline} null when the law gives none or the clock is stopped.
     * {@code provisionalYear} names the year without a holiday calendar that the count crossed, null when final.
     */
    void deadline(LocalDate reviewStart, String period, LocalDate deadline, Integer provisionalYear, String zh,
                  String en) {
        this.reviewStart = reviewStart;
        this.reviewPeriod = period;
        this.deadline = deadline;
        this.deadlineProvisionalYear = provisionalYear;
        this.deadlineZh = Texts.fit(zh, 500);
        this.deadlineEn = Texts.fit(en, 500);
    }

    void stopClock(String zh, String en) {
        this.clockStopped = true;
        this.deadline = null;
        this.deadlineProvisionalYear = null;
        this.deadlineZh = Texts.fit(zh, 500);
        this.deadlineEn = Texts.fit(en, 500);
    }

    void restartClock() {
        this.clockStopped = false;
        this.extensionDays = 0;
        this.extensionApprovedBy = null;
    }

    void extended(int days, String approvedBy) {
        this.extensionDays = days;
        this.extensionApprovedBy = approvedBy;
    }

    void supplementaryReturned() {
        this.supplementaryReturns++;
    }

    void risk(RiskLevel level, String reason, String assessedBy, Instant assessedAt) {
        this.riskLevel = level;
        this.riskReason = Texts.fit(reason, 500);
        this.riskAssessedBy = assessedBy;
        this.riskAssessedAt = assessedAt;
    }

    /** The risk level the case's elements give at intake, until the handler's pre-assessment. */
    public void initialRisk(RiskLevel level, String reason) {
        this.riskLevel = level;
        this.riskReason = Texts.fit(reason, 500);
    }

    void riskDue(LocalDate due, Integer provisionalYear) {
        this.riskDue = due;
        this.riskDueProvisionalYear = provisionalYear;
    }

    void assign(Long departmentId, Long teamId, Long handlerId, String zh, String en, Instant at) {
        this.departmentId = departmentId;
        this.teamId = teamId;
        this.handlerId = handlerId;
        this.assignmentZh = Texts.fit(zh, 500);
        this.assignmentEn = Texts.fit(en, 500);
        if (handlerId != null) {
            this.assignedAt = at;
        }
    }

    void moveTo(Stage target, Instant at) {
        this.stage = target;
        this.inProgress = target.inProgress();
        if (target == Stage.DECIDED) {
            decidedAt = at;
        } else if (target == Stage.CLOSED) {
            closedAt = at;
        }
    }

    /** The weight of the case in a handler's open workload: a complex case counts twice. */
    public int weight() {
        return complexity == Complexity.SIMPLE ? 1 : 2;
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public long getProcuratorateId() { return procuratorateId; }
    public BusinessType getBusinessType() { return businessType; }
    public int getNumberYear() { return numberYear; }
    public int getNumberSeq() { return numberSeq; }
    public String getAgencyName() { return agencyName; }
    public String getAgencyReference() { return agencyReference; }
    public String getSubmissionHash() { return submissionHash; }
    public LocalDate getReceivedDate() { return receivedDate; }
    public Procedure getProcedure() { return procedure; }
    public boolean isGuiltyPlea() { return guiltyPlea; }
    public int getPossibleSentenceMonths() { return possibleSentenceMonths; }
    public Integer getRecommendationMinMonths() { return recommendationMinMonths; }
    public Integer getRecommendationMaxMonths() { return recommendationMaxMonths; }
    public boolean isSensitive() { return sensitive; }
    public boolean isSupervisoryTransfer() { return supervisoryTransfer; }
    public boolean isMajorComplex() { return majorComplex; }
    public String getSummary() { return summary; }
    public Complexity getComplexity() { return complexity; }
    public SpeedTrack getSpeedTrack() { return speedTrack; }
    public Severity getSeverity() { return severity; }
    public int getStandardVersion() { return standardVersion; }
    public String getSimpleCategory() { return simpleCategory; }
    public String getClassificationZh() { return classificationZh; }
    public String getClassificationEn() { return classificationEn; }
    public Long getDepartmentId() { return departmentId; }
    public Long getTeamId() { return teamId; }
    public Long getHandlerId() { return handlerId; }
    public String getAssignmentZh() { return assignmentZh; }
    public String getAssignmentEn() { return assignmentEn; }
    public Instant getAssignedAt() { return assignedAt; }
    public Stage getStage() { return stage; }
    public boolean isInProgress() { return inProgress; }
    public boolean isInCustody() { return inCustody; }
    public LocalDate getReviewStart() { return reviewStart; }
    public String getReviewPeriod() { return reviewPeriod; }
    public LocalDate getDeadline() { return deadline; }
    public String getDeadlineZh() { return deadlineZh; }
    public String getDeadlineEn() { return deadlineEn; }
    public Integer getDeadlineProvisionalYear() { return deadlineProvisionalYear; }
    public boolean isDeadlineProvisional() { return deadlineProvisionalYear != null; }
    public boolean isClockStopped() { return clockStopped; }
    public int getExtensionDays() { return extensionDays; }
    public String getExtensionApprovedBy() { return extensionApprovedBy; }
    public int getSupplementaryReturns() { return supplementaryReturns; }
    public RiskLevel getRiskLevel() { return riskLevel; }
    public String getRiskReason() { return riskReason; }
    public String getRiskAssessedBy() { return riskAssessedBy; }
    public Instant getRiskAssessedAt() { return riskAssessedAt; }
    public LocalDate getRiskDue() { return riskDue; }
    public Integer getRiskDueProvisionalYear() { return riskDueProvisionalYear; }
    public Instant getRegisteredAt() { return registeredAt; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
}
