package org.caseloop.cases.casefile;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.CaseLabel;
import org.caseloop.cases.api.Complexity;
import org.caseloop.cases.api.CustodyStatus;
import org.caseloop.cases.api.Procedure;
import org.caseloop.cases.api.Severity;
import org.caseloop.cases.api.SpeedTrack;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The full case card as the API and the case page show it: the facts, the reasons for classification, assignment,
 * deadline and risk (both languages plus the one of the request), the history and what the caller may do.
 */
public record CaseCard(long id, String caseNumber, BusinessType businessType, String businessTypeZh,
                       long procuratorateId, String agencyName, String agencyReference, LocalDate receivedDate,
                       Procedure procedure, boolean guiltyPlea, int possibleSentenceMonths,
                       Integer recommendationMinMonths, Integer recommendationMaxMonths, boolean sensitive,
                       boolean supervisoryTransfer, boolean majorComplex, String summary, Stage stage, String stageZh,
                       boolean inProgress, ClassificationView classification, AssignmentView assignment,
                       DeadlineView deadline, RiskView risk, List<LabelView> labels, List<SuspectView> suspects,
                       List<String> victims, List<ChargeItem> charges, List<ReturnView> supplementaryReturns,
                       List<EventView> history, List<Stage> transitions, List<String> actions, Instant registeredAt,
                       String registeredBy, long version) {

    public record ClassificationView(Complexity complexity, SpeedTrack speedTrack, Severity severity,
                                     int standardVersion, String simpleCategory, String explanationZh,
                                     String explanationEn, String explanation) {
    }

    public record AssignmentView(Long departmentId, String departmentName, Long teamId, String teamName,
                                 Long handlerId, String handlerName, Instant assignedAt, String explanationZh,
                                 String explanationEn, String explanation) {
    }

    /**
     * @param provisional       the deadline was counted across a year whose holidays are not entered yet (weekends
     *                          only) and will be recomputed once it is; {@code provisionalReason} says so
     */
    public record DeadlineView(LocalDate reviewStart, String period, LocalDate deadline, DeadlineStatus status,
                               int warningDays, boolean clockStopped, int extensionDays, String extensionApprovedBy,
                               boolean provisional, Integer provisionalYear, String provisionalReason,
                               String explanationZh, String explanationEn, String explanation) {
    }

    public record RiskView(RiskLevel level, String reason, String assessedBy, Instant assessedAt, LocalDate due,
                           boolean preAssessmentOverdue) {
    }

    public record LabelView(CaseLabel label, String nameZh, boolean manual) {
    }

    public record SuspectView(int ordinal, String name, String idNumber, int ageAtOffence, boolean minor,
                              CustodyStatus custodyStatus, LocalDate custodySince) {
    }

    public record ChargeItem(String code, String name) {
    }

    public record ReturnView(int ordinal, LocalDate returnedOn, LocalDate cameBackOn, String reason) {
    }

    public record EventView(Instant occurredAt, String actor, String eventType, Stage fromStage, Stage toStage,
                            String detail) {
    }
}
