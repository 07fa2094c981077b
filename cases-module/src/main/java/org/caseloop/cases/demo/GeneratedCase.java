package org.caseloop.cases.demo;

import org.caseloop.cases.api.CaseLabel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One generated case with everything that hangs off it, as the writer inserts it. Timestamps are UTC
 * wall-clock time, as the application stores instants. The id, the case number and the agency reference
 * are given by the writer inside the chunk's transaction (ids from the sequences, numbers gap-free).
 */
final class GeneratedCase {

    long id;
    String caseNumber;
    long procuratorateId;
    /** The office's short name (简称), the first part of its case numbers. */
    String officeShortName;
    String businessType;
    int numberYear;
    int numberSeq;
    String agencyName;
    String agencyPrefix;
    String agencyReference;
    String submissionHash;
    LocalDate receivedDate;
    String procedureType;
    boolean guiltyPlea;
    int possibleSentenceMonths;
    Integer recommendationMinMonths;
    Integer recommendationMaxMonths;
    boolean sensitive;
    boolean supervisoryTransfer;
    boolean majorComplex;
    String summary;
    String complexity;
    String speedTrack;
    String severity;
    int standardVersion;
    String simpleCategory;
    String classificationZh;
    String classificationEn;
    Long departmentId;
    Long teamId;
    Long handlerId;
    String assignmentZh;
    String assignmentEn;
    LocalDateTime assignedAt;
    String stage;
    boolean inProgress;
    boolean inCustody;
    LocalDate reviewStart;
    String reviewPeriod;
    LocalDate deadline;
    String deadlineZh;
    String deadlineEn;
    /** The year without a holiday calendar that made the deadline provisional; null when final. */
    Integer deadlineProvisionalYear;
    boolean clockStopped;
    int extensionDays;
    String extensionApprovedBy;
    int supplementaryReturns;
    String riskLevel;
    String riskReason;
    String riskAssessedBy;
    LocalDateTime riskAssessedAt;
    LocalDate riskDue;
    LocalDateTime registeredAt;
    String registeredBy;
    LocalDateTime decidedAt;
    LocalDateTime closedAt;
    /** The deadline before a return for supplementary investigation restarted the period; not stored. */
    LocalDate firstDeadline;
    String firstDeadlineZh;
    String firstDeadlineEn;
    Integer firstDeadlineProvisionalYear;

    final List<Suspect> suspects = new ArrayList<>();
    final List<String> victims = new ArrayList<>();
    final List<String> chargeCodes = new ArrayList<>();
    final Set<CaseLabel> labels = EnumSet.noneOf(CaseLabel.class);
    final List<Event> events = new ArrayList<>();
    SupplementaryReturn supplementaryReturn;

    /** Weight of the case in its handler's and team's open workload (cases_workload.open_weight). */
    int workloadWeight() {
        return "SIMPLE".equals(complexity) ? CaseDataGenerator.WEIGHT_SIMPLE : CaseDataGenerator.WEIGHT_COMPLEX;
    }

    record Suspect(String name, String idNumber, int ageAtOffence, boolean minor, String custodyStatus,
                   LocalDate custodySince) {
    }

    record Event(LocalDateTime occurredAt, String actor, String type, String fromStage, String toStage, String detail) {
    }

    /** @param cameBackOn null while the case is still out */
    record SupplementaryReturn(LocalDate returnedOn, LocalDate cameBackOn, String reason) {
    }
}
