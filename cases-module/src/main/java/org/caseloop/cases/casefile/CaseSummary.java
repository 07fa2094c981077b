package org.caseloop.cases.casefile;

import org.caseloop.cases.api.BusinessType;
import org.caseloop.cases.api.CaseLabel;
import org.caseloop.cases.api.Complexity;

import java.time.LocalDate;
import java.util.List;

/**
 * A case in a list: enough to find it and see its state; identity numbers masked. {@code deadlineProvisional}: the
 * deadline was counted across a year whose holidays are not entered yet, as {@code deadlineProvisionalReason} says.
 */
public record CaseSummary(long id, String caseNumber, BusinessType businessType, Stage stage, boolean inProgress,
                          Complexity complexity, RiskLevel riskLevel, Long handlerId, Long teamId, Long departmentId,
                          LocalDate receivedDate, LocalDate deadline, DeadlineStatus deadlineStatus,
                          boolean deadlineProvisional, String deadlineProvisionalReason,
                          List<CaseLabel> labels, List<CaseCard.SuspectView> suspects) {
}
